/** The kind of a finding as small inline radios: good practice, gap, barrier, communication issue or issue. */
import { KIND_LABELS } from '../../../domain/labels.ts';
import type { FindingKind } from '../../../domain/passageFilter.ts';
import { FINDING_KINDS } from '../../../domain/reviewFile.ts';

export interface KindRadiosProps {
  /** Prefix of the radios' ids, unique on the page. */
  id: string;
  legend: string;
  value: FindingKind;
  onChange: (kind: FindingKind) => void;
}

export function KindRadios({ id, legend, value, onChange }: KindRadiosProps) {
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div className="govuk-radios govuk-radios--small govuk-radios--inline">
          {FINDING_KINDS.map((kind) => (
            <div className="govuk-radios__item" key={kind}>
              <input className="govuk-radios__input" id={`${id}-${kind}`} name={id} type="radio" value={kind} checked={value === kind} onChange={() => onChange(kind)} />
              <label className="govuk-label govuk-radios__label" htmlFor={`${id}-${kind}`}>{KIND_LABELS[kind]}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
