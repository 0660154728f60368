/**
 * Later starts, and after a lock: the passphrase opens the reviews. A wrong one says so
 * beside the field and makes the reviewer wait, longer after each miss (the vault sets
 * the delay); the button stays disabled while the countdown runs.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { retryAfterMs, unlock } from '../../security/vault.ts';
import { EncryptionProgress, type ProgressState } from './EncryptionProgress.tsx';
import { LockFrame } from './LockFrame.tsx';
import { PassphraseInput } from './PassphraseInput.tsx';
import { RecoveryResetScreen } from './RecoveryResetScreen.tsx';
import { RetryWait } from './RetryWait.tsx';
import { describeFailure, useRetryCountdown } from './useRetryCountdown.ts';

export function UnlockScreen() {
  const [isRecovering, setRecovering] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();
  const [isBusy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const countdown = useRetryCountdown();
  const { waitFor } = countdown;
  // The wait survives a restart (the vault keeps the count), so a fresh screen shows it too.
  useEffect(() => {
    retryAfterMs().then((ms) => { if (ms > 0) waitFor(ms); }, () => undefined);
  }, [waitFor]);

  if (isRecovering) return <RecoveryResetScreen onCancel={() => setRecovering(false)} />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isBusy || countdown.secondsLeft > 0) return;
    if (!passphrase) return setError('Enter your passphrase');
    setBusy(true);
    try {
      // On success the vault tells its subscribers and the app replaces this screen.
      await unlock(passphrase, (done, total) => setProgress({ done, total }));
    } catch (failure) {
      const { message, waitMs } = describeFailure(failure, 'passphrase', 'Local Review could not be unlocked');
      setError(message);
      countdown.waitFor(waitMs);
      setPassphrase('');
      setBusy(false);
    }
  };

  return (
    <LockFrame title="Unlock">
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="unlock-heading">
        <ErrorSummary errors={error ? [{ href: '#unlock-passphrase', text: error }] : []} />
        <h1 className="govuk-heading-l" id="unlock-heading">Unlock Local Review</h1>
        <p className="govuk-body">Your reviews are encrypted. Enter your passphrase to open them.</p>
        <Field id="unlock-passphrase" label="Passphrase" error={error}>
          {(describedBy) => (
            <PassphraseInput id="unlock-passphrase" value={passphrase} onChange={setPassphrase} describedBy={describedBy} hasError={!!error} autoFocus />
          )}
        </Field>
        <EncryptionProgress progress={progress} />
        <RetryWait secondsLeft={countdown.secondsLeft} />
        <Button type="submit" disabled={isBusy || countdown.secondsLeft > 0}>{isBusy ? 'Unlocking…' : 'Unlock'}</Button>
      </form>
      <p className="govuk-body">
        <button type="button" className="govuk-link app-link-button" onClick={() => setRecovering(true)}>
          Forgotten your passphrase? Use your recovery key
        </button>
      </p>
    </LockFrame>
  );
}
