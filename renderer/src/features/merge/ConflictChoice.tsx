/** One conflict as a set of radios: keep mine, take theirs, or (for texts) keep both; notes side by side. */
import { memo } from 'react';
import { canKeepBoth, describeValue, entityName, fieldLabel, TABLE_LABELS, type MergeConflict, type MergeTable, type PlannedEntity } from '../../domain/merge/index.ts';
import type { MergeChoice } from '../../domain/reviewFile.ts';

export interface ConflictChoiceProps {
  conflict: MergeConflict;
  entity: PlannedEntity | undefined;
  index: number;
  choice: MergeChoice;
  names: ReadonlyMap<string, string>;
  onChoose: (conflict: MergeConflict, choice: MergeChoice) => void;
}

function optionLabels(c: MergeConflict, names: ReadonlyMap<string, string>): Record<'ours' | 'theirs', string> {
  if (c.field === '*') {
    return {
      ours: c.ours === undefined ? 'Leave it deleted, as in your copy' : 'Keep yours',
      theirs: c.theirs === undefined ? 'Delete it, as in their file' : 'Take theirs',
    };
  }
  const show = (v: unknown) => (typeof v === 'string' && v.length > 160 ? `${v.slice(0, 159)}…` : describeValue(v, names));
  return { ours: `Keep mine: ${show(c.ours)}`, theirs: `Take theirs: ${show(c.theirs)}` };
}

export const ConflictChoice = memo(function ConflictChoice({ conflict, entity, index, choice, names, onChoose }: ConflictChoiceProps) {
  const table = conflict.table as MergeTable;
  const name = entityName(table, entity?.ours ?? entity?.theirs);
  const legend = `${TABLE_LABELS[table]} “${name}”: ${fieldLabel(conflict.field)}`;
  const labels = optionLabels(conflict, names);
  const isLongText = typeof conflict.ours === 'string' && typeof conflict.theirs === 'string' && (conflict.field === 'notes' || conflict.ours.length > 160 || conflict.theirs.length > 160);
  const radio = (value: MergeChoice, label: string) => (
    <div className="govuk-radios__item" key={value}>
      <input className="govuk-radios__input" id={`conflict-${index}-${value}`} name={`conflict-${index}`} type="radio" value={value}
        checked={choice === value} onChange={() => onChoose(conflict, value)} />
      <label className="govuk-label govuk-radios__label" htmlFor={`conflict-${index}-${value}`}>{label}</label>
    </div>
  );
  return (
    <div className="govuk-form-group app-merge-conflict">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {isLongText && (
          <div className="app-merge-side-by-side">
            <div><h4 className="govuk-heading-s">Yours</h4><pre className="app-merge-text" tabIndex={0} aria-label={`Your ${fieldLabel(conflict.field)}`}>{conflict.ours as string}</pre></div>
            <div><h4 className="govuk-heading-s">Theirs</h4><pre className="app-merge-text" tabIndex={0} aria-label={`Their ${fieldLabel(conflict.field)}`}>{conflict.theirs as string}</pre></div>
          </div>
        )}
        <div className="govuk-radios govuk-radios--small">
          {radio('ours', isLongText ? 'Keep mine' : labels.ours)}
          {radio('theirs', isLongText ? 'Take theirs' : labels.theirs)}
          {canKeepBoth(conflict) && radio('both', 'Keep both texts (mine, then theirs)')}
        </div>
      </fieldset>
    </div>
  );
});
