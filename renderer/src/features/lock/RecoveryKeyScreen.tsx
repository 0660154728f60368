/**
 * The recovery key, shown once just after the passphrase is set. It is the only way back
 * in if the passphrase is forgotten, so the reviewer must say they have kept it.
 */
import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { getHost } from '../../host/index.ts';
import { LockFrame } from './LockFrame.tsx';

const ACK_ERROR = 'Confirm that you have written down or saved your recovery key';

/** The key itself, with ways to keep it: copy, or save as a text file through the host. */
export function RecoveryKeyPanel({ recoveryKey }: { recoveryKey: string }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(recoveryKey);
      setStatus('Recovery key copied. Paste it somewhere safe, away from this computer.');
    } catch {
      setStatus('The recovery key could not be copied. Select it and copy it, or write it down.');
    }
  };
  const save = async () => {
    try {
      const text = `Local Review recovery key\n\n${recoveryKey}\n\nKeep this away from the computer that holds your reviews.\n`;
      const outcome = await getHost().saveFile('Local Review recovery key', 'text', new TextEncoder().encode(text));
      setStatus(outcome.status === 'saved' ? `Saved as ${outcome.fileName}.` : 'Not saved.');
    } catch (failure) {
      setStatus(`The recovery key could not be saved: ${failure instanceof Error ? failure.message : String(failure)}`);
    }
  };
  return (
    <>
      <p className="govuk-body app-recovery-key" id="recovery-key" data-testid="recovery-key">{recoveryKey}</p>
      <div className="govuk-button-group">
        <Button variant="secondary" onClick={() => void copy()}>Copy the recovery key</Button>
        <Button variant="secondary" onClick={() => void save()}>Save as a text file</Button>
      </div>
      <p className="govuk-body" role="status">{status}</p>
    </>
  );
}

export function RecoveryKeyScreen({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const [isAcknowledged, setAcknowledged] = useState(false);
  const [error, setError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isAcknowledged) return setError(ACK_ERROR);
    onDone();
  };

  return (
    <LockFrame title="Your recovery key">
      <ErrorSummary errors={error ? [{ href: '#recovery-key-kept', text: error }] : []} />
      <h1 className="govuk-heading-l">Your recovery key</h1>
      <p className="govuk-body">
        If you forget your passphrase, this key is the only way to open your reviews. It is shown only this once.
        Write it down or save it, and keep it away from this computer.
      </p>
      <RecoveryKeyPanel recoveryKey={recoveryKey} />
      <form onSubmit={submit} noValidate>
        <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
          {error && <p id="recovery-key-kept-error" className="govuk-error-message"><span className="govuk-visually-hidden">Error:</span> {error}</p>}
          <div className="govuk-checkboxes govuk-checkboxes--small">
            <div className="govuk-checkboxes__item">
              <input className="govuk-checkboxes__input" id="recovery-key-kept" type="checkbox" checked={isAcknowledged}
                aria-describedby={error ? 'recovery-key-kept-error' : undefined}
                onChange={(e) => { setAcknowledged(e.target.checked); if (e.target.checked) setError(undefined); }} />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="recovery-key-kept">
                I have written down or saved my recovery key
              </label>
            </div>
          </div>
        </div>
        <Button type="submit">Continue</Button>
      </form>
    </LockFrame>
  );
}
