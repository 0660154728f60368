/**
 * The GOV.UK date input, the one way the app asks for a date: day, month and year boxes
 * in a fieldset whose legend names the date, a hint, and the error message beside the
 * boxes with the whole field marked in error. `id` is the boxes' wrapper (the error
 * summary's link lands on the day box); the boxes are `<id>-day`, `<id>-month`, `<id>-year`.
 * Reading the boxes into a date is `parseDateParts` in domain/words.
 */
import type { FocusEventHandler, Ref } from 'react';
import type { DateParts } from '../domain/words/index.ts';

export const DATE_HINT = 'For example, 27 3 2026';

export interface DateInputProps {
  id: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  value: DateParts;
  onChange: (value: DateParts) => void;
  /** Called when focus leaves the three boxes (not when it moves between them). */
  onLeave?: () => void;
  onFocus?: FocusEventHandler<HTMLFieldSetElement>;
  dayRef?: Ref<HTMLInputElement>;
}

const BOXES = [
  { key: 'day', label: 'Day', width: 2 },
  { key: 'month', label: 'Month', width: 2 },
  { key: 'year', label: 'Year', width: 4 },
] as const;

export function DateInput({ id, legend, hint = DATE_HINT, error, value, onChange, onLeave, onFocus, dayRef }: DateInputProps) {
  const hintId = `${id}-hint`;
  const errorId = error ? `${id}-error` : undefined;
  const leave: FocusEventHandler<HTMLFieldSetElement> = (event) => {
    if (!event.currentTarget.contains(event.relatedTarget)) onLeave?.();
  };
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={[hintId, errorId].filter(Boolean).join(' ')} onBlur={leave} onFocus={onFocus}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div id={hintId} className="govuk-hint">{hint}</div>
        {error && <p id={errorId} className="govuk-error-message"><span className="govuk-visually-hidden">Error:</span> {error}</p>}
        <div className="govuk-date-input" id={id}>
          {BOXES.map((box) => (
            <div className="govuk-date-input__item" key={box.key}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${box.key}`}>{box.label}</label>
                <input id={`${id}-${box.key}`} name={`${id}-${box.key}`} ref={box.key === 'day' ? dayRef : undefined} inputMode="numeric" autoComplete="off" spellCheck={false}
                  className={`govuk-input govuk-date-input__input govuk-input--width-${box.width}${error ? ' govuk-input--error' : ''}`}
                  aria-invalid={error ? true : undefined}
                  value={value[box.key]} onChange={(e) => onChange({ ...value, [box.key]: e.target.value })} />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
