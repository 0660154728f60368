/** First start: the reviewer chooses the passphrase that will encrypt every review. */
import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { createVault } from '../../security/vault.ts';
import { EncryptionProgress, type ProgressState } from './EncryptionProgress.tsx';
import { LockFrame } from './LockFrame.tsx';
import { NewPassphraseFields } from './NewPassphraseFields.tsx';
import { newPassphraseErrors, type NewPassphraseErrors } from './passphraseRules.ts';
import { usePassphraseStrength } from './usePassphraseStrength.ts';

export function SetPassphraseScreen({ onCreated }: { onCreated: (recoveryKey: string) => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<NewPassphraseErrors>({});
  const [failure, setFailure] = useState<string>();
  const [isBusy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const { strength, estimator } = usePassphraseStrength(passphrase);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isBusy) return;
    const check = await estimator().catch(() => undefined);
    const found = newPassphraseErrors(passphrase, confirm, check?.(passphrase));
    setErrors(found);
    setFailure(undefined);
    if (found.passphrase || found.confirm) return;
    setBusy(true);
    try {
      const { recoveryKey } = await createVault(passphrase, (done, total) => setProgress({ done, total }));
      onCreated(recoveryKey);
    } catch (error) {
      setFailure(`The passphrase could not be set: ${error instanceof Error ? error.message : String(error)}`);
      setBusy(false);
    }
  };

  const summary = [
    ...(errors.passphrase ? [{ href: '#set-passphrase', text: errors.passphrase }] : []),
    ...(errors.confirm ? [{ href: '#set-confirm', text: errors.confirm }] : []),
    ...(failure ? [{ text: failure }] : []),
  ];
  return (
    <LockFrame title="Set a passphrase">
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="set-passphrase-heading">
        <ErrorSummary errors={summary} />
        <h1 className="govuk-heading-l" id="set-passphrase-heading">Set a passphrase</h1>
        <p className="govuk-body">
          Local Review keeps your reviews encrypted on this computer. You will need this passphrase each time you open
          Local Review, and after it locks.
        </p>
        <NewPassphraseFields idPrefix="set" passphrase={passphrase} confirm={confirm} onPassphrase={setPassphrase} onConfirm={setConfirm}
          strength={strength} errors={errors} />
        <EncryptionProgress progress={progress} />
        <Button type="submit" disabled={isBusy}>{isBusy ? 'Setting the passphrase…' : 'Set passphrase'}</Button>
      </form>
    </LockFrame>
  );
}
