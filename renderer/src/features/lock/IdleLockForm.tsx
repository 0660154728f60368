/** How many minutes without use before the app locks by itself. */
import { useEffect, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button.tsx';
import { Field } from '../../components/Field.tsx';
import { getIdleLockMinutes } from '../../security/vault.ts';
import { MAX_IDLE_LOCK_MINUTES, MIN_IDLE_LOCK_MINUTES, parseIdleMinutes, saveIdleLockMinutes } from './idleSetting.ts';

export function IdleLockForm() {
  const [text, setText] = useState<string>();
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');

  useEffect(() => {
    let isCurrent = true;
    getIdleLockMinutes().then((minutes) => { if (isCurrent) setText((typed) => typed ?? String(minutes)); }, () => undefined);
    return () => { isCurrent = false; };
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    const parsed = parseIdleMinutes(text ?? '');
    if ('error' in parsed) return setError(parsed.error);
    setError(undefined);
    try {
      await saveIdleLockMinutes(parsed.minutes);
      setStatus(`Saved. Local Review will lock after ${parsed.minutes} ${parsed.minutes === 1 ? 'minute' : 'minutes'} without use.`);
    } catch (failure) {
      setError(`The setting could not be saved: ${failure instanceof Error ? failure.message : String(failure)}`);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="idle-lock-heading">
      <h2 className="govuk-heading-m" id="idle-lock-heading">Lock when not in use</h2>
      <Field id="idle-minutes" label="Minutes without use before Local Review locks" error={error}
        hint={`A whole number from ${MIN_IDLE_LOCK_MINUTES} to ${MAX_IDLE_LOCK_MINUTES}. Typing, clicking or scrolling counts as use.`}>
        {(describedBy) => (
          <input id="idle-minutes" className={`govuk-input govuk-input--width-3${error ? ' govuk-input--error' : ''}`} inputMode="numeric"
            value={text ?? ''} onChange={(e) => setText(e.target.value)} aria-describedby={describedBy} autoComplete="off" spellCheck={false} />
        )}
      </Field>
      <Button type="submit" variant="secondary">Save lock time</Button>
      <p className="govuk-body" role="status">{status}</p>
    </form>
  );
}
