/** A labelled password field with its hint and its error beside it (GOV.UK pattern). */
import type { Ref } from 'react';
import { Field } from '../../components/Field.tsx';

export interface PasswordInputProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  ref?: Ref<HTMLInputElement>;
}

export function PasswordInput({ id, label, hint, error, value, onChange, ref }: PasswordInputProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input id={id} ref={ref} type="password" className={`govuk-input govuk-input--width-20${error ? ' govuk-input--error' : ''}`}
          value={value} aria-describedby={describedBy} autoComplete="off" spellCheck={false}
          onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}
