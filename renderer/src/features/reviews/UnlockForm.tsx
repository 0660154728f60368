/**
 * Asks for the password of an encrypted file being imported. A wrong password leaves
 * its sentence beside the field and puts focus back in it, so the reviewer can retype.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button.tsx';
import type { EnvelopeContents } from '../../crypto/envelope.ts';
import { PasswordInput } from './PasswordInput.tsx';

export interface UnlockFormProps {
  fileName: string;
  contents: EnvelopeContents;
  /** Resolves when the file opened; rejects with a plain message to show beside the field. */
  onUnlock: (password: string) => Promise<void>;
  onCancel: () => void;
}

export function UnlockForm({ fileName, contents, onUnlock, onCancel }: UnlockFormProps) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [isOpening, setOpening] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => { input.current?.focus(); }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password === '') {
      setError('Enter the password the file was saved with');
      input.current?.focus();
      return;
    }
    setOpening(true);
    try {
      await onUnlock(password);
    } catch (failure) {
      setOpening(false);
      setError(failure instanceof Error ? failure.message : String(failure));
      input.current?.focus();
      input.current?.select();
    }
  };

  return (
    <form className="govuk-inset-text" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="unlock-heading">
      <h2 className="govuk-heading-m" id="unlock-heading">Open an encrypted {contents === 'backup' ? 'backup' : 'review file'}</h2>
      <p className="govuk-body">{fileName} is encrypted. Enter the password it was saved with. Nothing is imported until it opens{contents === 'backup' ? ' and you choose what to restore' : ''}.</p>
      <PasswordInput id="unlock-password" ref={input} label="Password" value={password} onChange={setPassword} error={error} />
      <div className="govuk-button-group">
        <Button type="submit" disabled={isOpening}>{isOpening ? 'Opening…' : 'Open file'}</Button>
        <Button variant="secondary" onClick={onCancel}>Cancel import</Button>
      </div>
    </form>
  );
}
