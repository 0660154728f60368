/**
 * One question or one scenario step: a GOV.UK radios (or checkboxes, for "select all
 * that apply") fieldset and a submit button. Refuses an empty answer beside the choices.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';

export interface ChoiceFormProps {
  /** Unique per item and step, so a new question starts with nothing chosen. */
  formId: string;
  legend: string;
  lead?: string;
  choices: ReadonlyArray<{ id: string; text: string }>;
  isMultiple: boolean;
  onAnswer: (choiceIds: string[]) => Promise<void>;
}

export function ChoiceForm({ formId, legend, lead, choices, isMultiple, onAnswer }: ChoiceFormProps) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState('');
  const [tries, setTries] = useState(0);
  const [isBusy, setIsBusy] = useState(false);
  const legendRef = useRef<HTMLLegendElement>(null);
  // A new question takes focus, so a keyboard or screen-reader user starts reading it.
  useEffect(() => { legendRef.current?.focus(); }, [formId]);
  const kind = isMultiple ? 'checkboxes' : 'radios';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (chosen.length === 0) {
      setError(isMultiple ? 'Select at least one answer' : 'Select an answer');
      setTries((n) => n + 1);
      return;
    }
    setIsBusy(true);
    try {
      await onAnswer(chosen);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setTries((n) => n + 1);
    } finally {
      setIsBusy(false);
    }
  };

  const toggle = (id: string) => setChosen((now) => (isMultiple ? (now.includes(id) ? now.filter((c) => c !== id) : [...now, id]) : [id]));
  const errorId = `${formId}-error`;
  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary errors={error ? [{ href: `#${formId}-0`, text: error }] : []} attempt={tries} />
      {lead && <p className="govuk-body">{lead}</p>}
      <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
        <fieldset className="govuk-fieldset" aria-describedby={[isMultiple ? `${formId}-hint` : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m" tabIndex={-1} ref={legendRef}>{legend}</legend>
          {isMultiple && <div className="govuk-hint" id={`${formId}-hint`}>Select all that apply.</div>}
          {error && <p className="govuk-error-message" id={errorId}><span className="govuk-visually-hidden">Error:</span> {error}</p>}
          <div className={`govuk-${kind}`}>
            {choices.map((c, i) => (
              <div className={`govuk-${kind}__item`} key={c.id}>
                <input autoComplete="off" className={`govuk-${kind}__input`} id={`${formId}-${i}`} name={formId} type={isMultiple ? 'checkbox' : 'radio'}
                  value={c.id} checked={chosen.includes(c.id)} onChange={() => toggle(c.id)} />
                <label className={`govuk-label govuk-${kind}__label`} htmlFor={`${formId}-${i}`}>{c.text}</label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <Button type="submit" disabled={isBusy}>Submit answer</Button>
    </form>
  );
}
