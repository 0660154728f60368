/** A small inline form for adding one item: labelled fields and an Add button. */
import { useState, type FormEvent, type ReactNode } from 'react';
import { Button } from './Button.tsx';

export interface AddFormProps {
  legend: string;
  submitLabel: string;
  /** Returns an error message to show, or undefined when the item was added. */
  onAdd: () => Promise<string | undefined>;
  children: ReactNode;
}

export function AddForm({ legend, submitLabel, onAdd, children }: AddFormProps) {
  const [error, setError] = useState<string | undefined>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(await onAdd());
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {error && <p className="govuk-error-message" role="alert"><span className="govuk-visually-hidden">Error:</span> {error}</p>}
        <div className="app-inline-actions app-add-form">
          {children}
          <Button type="submit" variant="secondary">{submitLabel}</Button>
        </div>
      </fieldset>
    </form>
  );
}
