/**
 * A new recovery key, for one that is lost (or was never seen because the first start
 * was cut short). The passphrase proves it is the reviewer; the old key stops working.
 */
import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { replaceRecoveryKey } from '../../security/vault.ts';
import { PassphraseInput } from './PassphraseInput.tsx';
import { RecoveryKeyPanel } from './RecoveryKeyScreen.tsx';
import { describeFailure } from './useRetryCountdown.ts';

export function NewRecoveryKeyForm() {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();
  const [recoveryKey, setRecoveryKey] = useState<string>();
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isBusy) return;
    if (!passphrase) return setError('Enter your passphrase');
    setBusy(true);
    setError(undefined);
    try {
      setRecoveryKey((await replaceRecoveryKey(passphrase)).recoveryKey);
      setPassphrase('');
    } catch (failure) {
      setError(describeFailure(failure, 'passphrase', 'A new recovery key could not be made').message);
    }
    setBusy(false);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="new-recovery-key-heading">
      <h2 className="govuk-heading-m" id="new-recovery-key-heading">Make a new recovery key</h2>
      <ErrorSummary errors={error ? [{ href: '#new-recovery-passphrase', text: error }] : []} />
      <p className="govuk-body">If you have lost your recovery key, make a new one. The old key will no longer work.</p>
      {recoveryKey ? (
        <>
          <p className="govuk-body">This is your new recovery key. It is shown only this once: write it down or save it now.</p>
          <RecoveryKeyPanel recoveryKey={recoveryKey} />
        </>
      ) : (
        <>
          <Field id="new-recovery-passphrase" label="Your passphrase" error={error}>
            {(describedBy) => <PassphraseInput id="new-recovery-passphrase" value={passphrase} onChange={setPassphrase} describedBy={describedBy} hasError={!!error} />}
          </Field>
          <Button type="submit" variant="secondary" disabled={isBusy}>Make a new recovery key</Button>
        </>
      )}
    </form>
  );
}
