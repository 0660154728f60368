/** A GOV.UK radios fieldset over a fixed list of choices, e.g. a priority or a timescale. */
export interface RadioGroupProps<T extends string> {
  id: string;
  legend: string;
  hint?: string;
  choices: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
  isInline?: boolean;
}

export function RadioGroup<T extends string>({ id, legend, hint, choices, labels, value, onChange, isInline = false }: RadioGroupProps<T>) {
  return (
    <div className="govuk-form-group" id={id}>
      <fieldset className="govuk-fieldset" aria-describedby={hint ? `${id}-hint` : undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && <div className="govuk-hint" id={`${id}-hint`}>{hint}</div>}
        <div className={`govuk-radios govuk-radios--small${isInline ? ' govuk-radios--inline' : ''}`}>
          {choices.map((choice) => (
            <div className="govuk-radios__item" key={choice}>
              <input className="govuk-radios__input" id={`${id}-${choice}`} type="radio" name={id} value={choice}
                checked={value === choice} onChange={() => onChange(choice)} />
              <label className="govuk-label govuk-radios__label" htmlFor={`${id}-${choice}`}>{labels[choice]}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
