/** A labelled choice of action status, in the order work moves through them. */
import { ragOf, type ActionStatus } from '../../domain/rag.ts';
import { ACTION_STATUSES } from '../../domain/reviewFile.ts';

export interface StatusSelectProps {
  id: string;
  label: string;
  hint?: string;
  value: ActionStatus;
  onChange: (status: ActionStatus) => void;
}

export function StatusSelect({ id, label, hint, value, onChange }: StatusSelectProps) {
  return (
    <div className="govuk-form-group">
      <label className="govuk-label govuk-label--s" htmlFor={id}>{label}</label>
      {hint && <div id={`${id}-hint`} className="govuk-hint">{hint}</div>}
      <select id={id} className="govuk-select" value={value} aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value as ActionStatus)}>
        {ACTION_STATUSES.map((s) => <option key={s} value={s}>{ragOf(s).label}</option>)}
      </select>
    </div>
  );
}
