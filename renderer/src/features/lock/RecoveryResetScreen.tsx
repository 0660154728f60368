/** A forgotten passphrase: the recovery key opens the reviews and a new passphrase is set. */
import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { unlockWithRecoveryKey } from '../../security/vault.ts';
import { EncryptionProgress, type ProgressState } from './EncryptionProgress.tsx';
import { LockFrame } from './LockFrame.tsx';
import { NewPassphraseFields } from './NewPassphraseFields.tsx';
import { PassphraseInput } from './PassphraseInput.tsx';
import { newPassphraseErrors, type NewPassphraseErrors } from './passphraseRules.ts';
import { RetryWait } from './RetryWait.tsx';
import { usePassphraseStrength } from './usePassphraseStrength.ts';
import { describeFailure, useRetryCountdown } from './useRetryCountdown.ts';

type Errors = NewPassphraseErrors & { key?: string; other?: string };

export function RecoveryResetScreen({ onCancel }: { onCancel: () => void }) {
  const [recoveryKey, setRecoveryKey] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [isBusy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const { strength, estimator } = usePassphraseStrength(passphrase);
  const countdown = useRetryCountdown();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isBusy || countdown.secondsLeft > 0) return;
    const check = await estimator().catch(() => undefined);
    const found: Errors = {
      ...(recoveryKey.trim() ? {} : { key: 'Enter your recovery key' }),
      ...newPassphraseErrors(passphrase, confirm, check?.(passphrase)),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await unlockWithRecoveryKey(recoveryKey.trim(), passphrase, (done, total) => setProgress({ done, total }));
    } catch (failure) {
      const { message, waitMs, isAboutSecret } = describeFailure(failure, 'recovery key', 'The passphrase could not be reset');
      setErrors(isAboutSecret ? { key: message } : { other: message });
      countdown.waitFor(waitMs);
      setBusy(false);
    }
  };

  const summary = [
    ...(errors.key ? [{ href: '#recovery-key-input', text: errors.key }] : []),
    ...(errors.passphrase ? [{ href: '#reset-passphrase', text: errors.passphrase }] : []),
    ...(errors.confirm ? [{ href: '#reset-confirm', text: errors.confirm }] : []),
    ...(errors.other ? [{ text: errors.other }] : []),
  ];
  return (
    <LockFrame title="Use your recovery key">
      <button type="button" className="govuk-back-link app-link-button" onClick={onCancel}>Back to unlock</button>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="recovery-heading">
        <ErrorSummary errors={summary} />
        <h1 className="govuk-heading-l" id="recovery-heading">Use your recovery key</h1>
        <p className="govuk-body">Enter the recovery key you were given when you set your passphrase, then choose a new passphrase.</p>
        <Field id="recovery-key-input" label="Recovery key" hint="The key shown once when your passphrase was first set" error={errors.key}>
          {(describedBy) => (
            <PassphraseInput id="recovery-key-input" type="text" value={recoveryKey} onChange={setRecoveryKey} describedBy={describedBy} hasError={!!errors.key} autoFocus />
          )}
        </Field>
        <NewPassphraseFields idPrefix="reset" label="New passphrase" passphrase={passphrase} confirm={confirm}
          onPassphrase={setPassphrase} onConfirm={setConfirm} strength={strength} errors={errors} />
        <EncryptionProgress progress={progress} />
        <RetryWait secondsLeft={countdown.secondsLeft} />
        <Button type="submit" disabled={isBusy || countdown.secondsLeft > 0}>{isBusy ? 'Resetting…' : 'Reset passphrase and unlock'}</Button>
      </form>
    </LockFrame>
  );
}
