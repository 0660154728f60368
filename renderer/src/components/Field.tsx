/** GOV.UK form-group wrapper: label, hint and error message tied to the control by id. */
import type { ReactNode } from 'react';

export interface FieldProps {
  id: string;
  label: ReactNode;
  /** Keeps the label for screen readers only, e.g. inside a table whose header names the column. */
  isLabelHidden?: boolean;
  hint?: string | undefined;
  error?: string | undefined;
  children: (describedBy: string | undefined) => ReactNode;
}

export function Field({ id, label, hint, error, isLabelHidden = false, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className={isLabelHidden ? 'govuk-visually-hidden' : 'govuk-label govuk-label--s'} htmlFor={id}>{label}</label>
      {hint && <div id={hintId} className="govuk-hint">{hint}</div>}
      {error && (
        <p id={errorId} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      {children(describedBy)}
    </div>
  );
}
