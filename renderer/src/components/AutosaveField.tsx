/** A text input or textarea that saves itself (see useAutosave). */
import type { ReactNode } from 'react';
import { Field } from './Field.tsx';
import { useAutosave } from './useAutosave.ts';

export interface AutosaveFieldProps {
  id: string;
  label: ReactNode;
  isLabelHidden?: boolean;
  hint?: string;
  value: string;
  onSave: (value: string) => Promise<unknown>;
  validate?: (value: string) => string | undefined;
  multiline?: boolean;
  rows?: number;
  width?: 'full' | 'three-quarters' | 'two-thirds' | 'one-half' | 'one-third';
  autoComplete?: string;
}

export function AutosaveField({ id, label, isLabelHidden, hint, value, onSave, validate, multiline = false, rows = 5, width = 'two-thirds' }: AutosaveFieldProps) {
  const { draft, error, change, flush } = useAutosave(value, onSave, validate);
  return (
    <Field id={id} label={label} isLabelHidden={isLabelHidden ?? false} hint={hint} error={error}>
      {(describedBy) => multiline ? (
        <textarea autoComplete="off"
          id={id} name={id} rows={rows} value={draft} aria-describedby={describedBy}
          className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
          onChange={(e) => change(e.target.value)} onBlur={flush} spellCheck
        />
      ) : (
        <input
          id={id} name={id} type="text" value={draft} aria-describedby={describedBy} autoComplete="off"
          className={`govuk-input govuk-!-width-${width}${error ? ' govuk-input--error' : ''}`}
          onChange={(e) => change(e.target.value)} onBlur={flush} spellCheck
        />
      )}
    </Field>
  );
}
