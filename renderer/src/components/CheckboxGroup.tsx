/** A GOV.UK checkboxes fieldset over a list of options; `chosen` holds the ticked values. */
import type { ReactNode } from 'react';

export interface CheckboxGroupProps {
  id: string;
  legend: string;
  hint?: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
  /** Shown instead of the boxes when there is nothing to choose from. */
  emptyText: ReactNode;
}

export function CheckboxGroup({ id, legend, hint, options, chosen, onChange, emptyText }: CheckboxGroupProps) {
  const toggle = (value: string) => onChange(chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value]);
  return (
    <div className="govuk-form-group" id={id}>
      <fieldset className="govuk-fieldset" aria-describedby={hint ? `${id}-hint` : undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && <div className="govuk-hint" id={`${id}-hint`}>{hint}</div>}
        {options.length === 0 ? <p className="govuk-body">{emptyText}</p> : (
          <div className="govuk-checkboxes govuk-checkboxes--small">
            {options.map((option) => (
              <div className="govuk-checkboxes__item" key={option.value}>
                <input className="govuk-checkboxes__input" id={`${id}-${option.value}`} type="checkbox"
                  checked={chosen.includes(option.value)} onChange={() => toggle(option.value)} />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={`${id}-${option.value}`}>{option.label}</label>
              </div>
            ))}
          </div>
        )}
      </fieldset>
    </div>
  );
}
