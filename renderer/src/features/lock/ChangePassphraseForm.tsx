/** Changing the passphrase: the vault re-wraps its key, so no review is re-encrypted. */
import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { changePassphrase } from '../../security/vault.ts';
import { NewPassphraseFields } from './NewPassphraseFields.tsx';
import { PassphraseInput } from './PassphraseInput.tsx';
import { newPassphraseErrors, type NewPassphraseErrors } from './passphraseRules.ts';
import { RetryWait } from './RetryWait.tsx';
import { usePassphraseStrength } from './usePassphraseStrength.ts';
import { describeFailure, useRetryCountdown } from './useRetryCountdown.ts';

type Errors = NewPassphraseErrors & { current?: string; other?: string };

export function ChangePassphraseForm() {
  const [current, setCurrent] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState('');
  const [isBusy, setBusy] = useState(false);
  const { strength, estimator } = usePassphraseStrength(passphrase);
  const countdown = useRetryCountdown();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isBusy || countdown.secondsLeft > 0) return;
    setStatus('');
    const check = await estimator().catch(() => undefined);
    const found: Errors = {
      ...(current ? {} : { current: 'Enter your current passphrase' }),
      ...newPassphraseErrors(passphrase, confirm, check?.(passphrase)),
    };
    if (!found.passphrase && current && passphrase === current) found.passphrase = 'The new passphrase must be different from the current one';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await changePassphrase(current, passphrase);
      setCurrent('');
      setPassphrase('');
      setConfirm('');
      setStatus('Your passphrase has been changed. Use the new one from now on.');
    } catch (failure) {
      const { message, waitMs, isAboutSecret } = describeFailure(failure, 'passphrase', 'The passphrase could not be changed');
      setErrors(isAboutSecret ? { current: message.replace('The passphrase', 'The current passphrase') } : { other: message });
      countdown.waitFor(waitMs);
    }
    setBusy(false);
  };

  const summary = [
    ...(errors.current ? [{ href: '#current-passphrase', text: errors.current }] : []),
    ...(errors.passphrase ? [{ href: '#change-passphrase', text: errors.passphrase }] : []),
    ...(errors.confirm ? [{ href: '#change-confirm', text: errors.confirm }] : []),
    ...(errors.other ? [{ text: errors.other }] : []),
  ];
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="change-passphrase-heading">
      <h2 className="govuk-heading-m" id="change-passphrase-heading">Change your passphrase</h2>
      <ErrorSummary errors={summary} />
      <Field id="current-passphrase" label="Current passphrase" error={errors.current}>
        {(describedBy) => <PassphraseInput id="current-passphrase" value={current} onChange={setCurrent} describedBy={describedBy} hasError={!!errors.current} />}
      </Field>
      <NewPassphraseFields idPrefix="change" label="New passphrase" passphrase={passphrase} confirm={confirm}
        onPassphrase={setPassphrase} onConfirm={setConfirm} strength={strength} errors={errors} />
      <RetryWait secondsLeft={countdown.secondsLeft} />
      <Button type="submit" disabled={isBusy || countdown.secondsLeft > 0}>Change passphrase</Button>
      <p className="govuk-body" role="status">{status}</p>
    </form>
  );
}
