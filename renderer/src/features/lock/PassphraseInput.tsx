/**
 * A password box for a passphrase or recovery key. Never saved as form state or offered
 * to a password manager's history: autocomplete is off and spelling is not checked (a
 * spell checker would send the words to its dictionary).
 */
export interface PassphraseInputProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  describedBy?: string | undefined;
  hasError?: boolean;
  type?: 'password' | 'text';
  autoFocus?: boolean;
}

export function PassphraseInput({ id, value, onChange, describedBy, hasError = false, type = 'password', autoFocus = false }: PassphraseInputProps) {
  return (
    <input id={id} type={type} value={value} onChange={(e) => onChange(e.target.value)}
      className={`govuk-input govuk-!-width-two-thirds${hasError ? ' govuk-input--error' : ''}`}
      aria-describedby={describedBy || undefined} autoComplete="off"
      spellCheck={false} autoCapitalize="none" autoCorrect="off" autoFocus={autoFocus} />
  );
}
