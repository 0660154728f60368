/**
 * A required choice as radios, each with a number key: pressing an option's digit anywhere
 * in the group picks it (one keystroke at workshop speed), as do the arrow keys. Nothing is
 * chosen until the reviewer chooses, so no answer is carried over from the last passage.
 */
import type { KeyboardEvent } from 'react';

export interface NumberedOption {
  value: string;
  label: string;
  hint?: string;
  /** The digit that picks it; by default its place, 1 to 9. */
  key?: string;
}

const keyOf = (option: NumberedOption, i: number) => option.key ?? (i < 9 ? String(i + 1) : undefined);

export interface NumberedRadiosProps {
  /** Prefix of the radios' ids and their name, unique on the page; also the group's id for error links. */
  id: string;
  legend: string;
  hint: string;
  options: readonly NumberedOption[];
  value: string | undefined;
  error: string | undefined;
  onChange: (value: string) => void;
}

export function NumberedRadios({ id, legend, hint, options, value, error, onChange }: NumberedRadiosProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const option = options.find((o, i) => keyOf(o, i) === event.key);
    if (!option) return;
    event.preventDefault();
    onChange(option.value);
    document.getElementById(`${id}-${option.value}`)?.focus();
  };
  const describedBy = `${id}-hint${error ? ` ${id}-error` : ''}`;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`} id={id}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy} onKeyDown={onKeyDown}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div className="govuk-hint" id={`${id}-hint`}>{hint}</div>
        {error && <p className="govuk-error-message" id={`${id}-error`}><span className="govuk-visually-hidden">Error:</span> {error}</p>}
        <div className="govuk-radios govuk-radios--small app-numbered-radios">
          {options.map((option, i) => (
            <div className="govuk-radios__item" key={option.value}>
              <input className="govuk-radios__input" id={`${id}-${option.value}`} name={id} type="radio" value={option.value}
                checked={value === option.value} onChange={() => onChange(option.value)}
                aria-describedby={option.hint ? `${id}-${option.value}-hint` : undefined} />
              <label className="govuk-label govuk-radios__label" htmlFor={`${id}-${option.value}`}>{option.label}</label>
              {keyOf(option, i) && <span className="app-choice-key" aria-hidden="true">{keyOf(option, i)}</span>}
              {option.hint && <div className="govuk-hint govuk-radios__hint" id={`${id}-${option.value}-hint`}>{option.hint}</div>}
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
