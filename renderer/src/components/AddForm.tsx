/**
 * A small inline form for adding one item: labelled fields and an Add button. A refusal
 * shows beside the fields (the form group marked in error) and focus moves to the first
 * field, where the reviewer puts it right.
 */
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Button } from './Button.tsx';
import { moveFocus } from './focus.ts';

export interface AddFormProps {
  legend: string;
  submitLabel: string;
  /** Returns an error message to show, or undefined when the item was added. */
  onAdd: () => Promise<string | undefined>;
  children: ReactNode;
}

export function AddForm({ legend, submitLabel, onAdd, children }: AddFormProps) {
  const [error, setError] = useState<string | undefined>();
  const form = useRef<HTMLFormElement>(null);
  const errorId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = await onAdd();
    setError(problem);
    if (problem) moveFocus(form.current?.querySelector<HTMLElement>('input, select, textarea'));
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate ref={form} className={error ? 'govuk-form-group--error' : undefined}>
      <fieldset className="govuk-fieldset" aria-describedby={error ? errorId : undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {error && <p className="govuk-error-message" id={errorId} role="alert"><span className="govuk-visually-hidden">Error:</span> {error}</p>}
        <div className="app-inline-actions app-add-form">
          {children}
          <Button type="submit" variant="secondary">{submitLabel}</Button>
        </div>
      </fieldset>
    </form>
  );
}
