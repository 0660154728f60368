/**
 * Asks how a file should leave the computer: encrypted with a password (the default and
 * the recommendation) or, where allowed, as a plain file behind a warning saying what
 * that means. Serves "Export" of one review and "Back up everything".
 */
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { PasswordInput } from './PasswordInput.tsx';
import type { ExportChoice } from './reviewFileActions.ts';

export const MIN_PASSWORD_LENGTH = 12;

export interface ExportFormProps {
  heading: string;
  intro?: ReactNode;
  /** Offer "Plain file (not encrypted)"; a backup is only ever encrypted. */
  canBePlain: boolean;
  saveLabel: string;
  onSave: (choice: ExportChoice) => Promise<void>;
  onCancel: () => void;
}

const PLAIN_WARNING = 'Anyone who gets a plain file can read everything in this review, including the notes of every engagement. Only save one where it is already protected, such as an encrypted drive your organisation approves, and never send it by email.';

export function ExportForm({ heading, intro, canBePlain, saveLabel, onSave, onCancel }: ExportFormProps) {
  const [isPlain, setPlain] = useState(false);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isSaving, setSaving] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => { headingRef.current?.focus(); }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!isPlain) {
      if (password.length < MIN_PASSWORD_LENGTH) found['export-password'] = `Enter a password of at least ${MIN_PASSWORD_LENGTH} characters`;
      else if (confirm !== password) found['export-confirm'] = 'The two passwords do not match: type the same password twice';
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      await onSave(isPlain ? { kind: 'plain' } : { kind: 'encrypted', password });
    } finally {
      setSaving(false);
    }
  };

  const radio = (id: string, label: string, hint: string, checked: boolean, plain: boolean) => (
    <div className="govuk-radios__item">
      <input className="govuk-radios__input" id={id} type="radio" name="export-how" checked={checked} onChange={() => setPlain(plain)} aria-describedby={`${id}-hint`} />
      <label className="govuk-label govuk-radios__label" htmlFor={id}>{label}</label>
      <div id={`${id}-hint`} className="govuk-hint govuk-radios__hint">{hint}</div>
    </div>
  );

  return (
    <form className="govuk-inset-text" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="export-heading">
      <h2 className="govuk-heading-m" id="export-heading" tabIndex={-1} ref={headingRef}>{heading}</h2>
      {intro}
      <ErrorSummary errors={Object.entries(errors).map(([id, text]) => ({ href: `#${id}`, text }))} />
      {canBePlain && (
        <div className="govuk-form-group">
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">How should the file be saved?</legend>
            <div className="govuk-radios govuk-radios--small">
              {radio('export-encrypted', 'Encrypted with a password (recommended)', 'Only someone with the password can open the file.', !isPlain, false)}
              {radio('export-plain', 'Plain file (not encrypted)', 'Any program can read it.', isPlain, true)}
            </div>
          </fieldset>
        </div>
      )}
      {isPlain ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
          <strong className="govuk-warning-text__text"><span className="govuk-visually-hidden">Warning</span>{PLAIN_WARNING}</strong>
        </div>
      ) : (
        <>
          <PasswordInput id="export-password" label="Password" value={password} onChange={setPassword} error={errors['export-password']}
            hint={`At least ${MIN_PASSWORD_LENGTH} characters; a few unrelated words are easy to type and hard to guess. Tell the person who opens it the password another way, never with the file. A lost password cannot be recovered.`} />
          <PasswordInput id="export-confirm" label="Type the password again" value={confirm} onChange={setConfirm} error={errors['export-confirm']} />
        </>
      )}
      <div className="govuk-button-group">
        <Button type="submit" disabled={isSaving}>{isSaving ? 'Saving…' : isPlain ? 'Save plain file' : saveLabel}</Button>
        <Button variant="secondary" onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
