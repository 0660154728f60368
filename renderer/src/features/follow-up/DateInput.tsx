/**
 * The GOV.UK date input: day, month and year boxes in a fieldset whose legend names the
 * date. `id` is the wrapper's (for the error summary's link); the boxes are `<id>-day` etc.
 */
import type { Ref } from 'react';
import type { DateParts } from './dates.ts';

export interface DateInputProps {
  id: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  value: DateParts;
  onChange: (value: DateParts) => void;
  dayRef?: Ref<HTMLInputElement>;
}

const BOXES = [
  { key: 'day', label: 'Day', width: 2 },
  { key: 'month', label: 'Month', width: 2 },
  { key: 'year', label: 'Year', width: 4 },
] as const;

export function DateInput({ id, legend, hint, error, value, onChange, dayRef }: DateInputProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && <div id={hintId} className="govuk-hint">{hint}</div>}
        {error && <p id={errorId} className="govuk-error-message"><span className="govuk-visually-hidden">Error:</span> {error}</p>}
        <div className="govuk-date-input" id={id}>
          {BOXES.map((box) => (
            <div className="govuk-date-input__item" key={box.key}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${box.key}`}>{box.label}</label>
                <input id={`${id}-${box.key}`} ref={box.key === 'day' ? dayRef : undefined} inputMode="numeric" autoComplete="off" spellCheck={false}
                  className={`govuk-input govuk-date-input__input govuk-input--width-${box.width}${error ? ' govuk-input--error' : ''}`}
                  value={value[box.key]} onChange={(e) => onChange({ ...value, [box.key]: e.target.value })} />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
