/**
 * Adds a participant and opens their attempt: a code, a sector (and an agency if they
 * like) and a role. Never a name: the code's pattern has no spaces, and the hint says so.
 */
import { useState, type FormEvent } from 'react';
import { navigate } from '../../app/router.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { db } from '../../db/index.ts';
import { startAttempt } from '../../db/trainingRepository.ts';
import { SECTOR_LABELS } from '../../domain/labels.ts';
import { SECTORS, type Sector } from '../../domain/reviewFile.ts';
import { PARTICIPANT_CODE } from '../../domain/training/attempt.ts';
import type { Course } from '../../domain/training/courseSchema.ts';
import { messageOf } from '../../app/notices.tsx';

export interface ParticipantFormProps {
  id: string;
  course: Course;
  cohortId: string;
  moduleIds: string[];
  submitLabel: string;
}

export function ParticipantForm({ id, course, cohortId, moduleIds, submitLabel }: ParticipantFormProps) {
  const [code, setCode] = useState('');
  const [sector, setSector] = useState<Sector | ''>('');
  const [agency, setAgency] = useState('');
  const [role, setRole] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [tries, setTries] = useState(0);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!PARTICIPANT_CODE.test(code.trim())) found[`${id}-code`] = 'Enter a participant code of 1 to 20 letters, digits or hyphens, such as P-07';
    if (!sector) found[`${id}-sector`] = 'Select the participant’s sector';
    if (!role.trim()) found[`${id}-role`] = 'Enter the participant’s role';
    else if (role.trim().length > 120) found[`${id}-role`] = 'A role must be 120 characters or fewer';
    if (agency.trim().length > 120) found[`${id}-agency`] = 'An agency must be 120 characters or fewer';
    setErrors(found);
    setTries((n) => n + 1);
    if (Object.keys(found).length || !sector) return;
    setIsBusy(true);
    try {
      const attempt = await startAttempt(db, course, cohortId, {
        code: code.trim(), sector, role: role.trim(), ...(agency.trim() && { agency: agency.trim() }),
      }, moduleIds);
      navigate({ page: 'training-attempt', attemptId: attempt.id });
    } catch (e) {
      setErrors({ [`${id}-code`]: messageOf(e) });
      setTries((n) => n + 1);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary errors={Object.entries(errors).map(([field, text]) => ({ href: `#${field}`, text }))} attempt={tries} />
      <Field id={`${id}-code`} label="Participant code" hint="A code the facilitator gives out, such as P-07. Never a name." error={errors[`${id}-code`]}>
        {(describedBy) => <input className="govuk-input govuk-input--width-10" id={`${id}-code`} autoComplete="off" spellCheck={false}
          value={code} onChange={(e) => setCode(e.target.value)} aria-describedby={describedBy} />}
      </Field>
      <Field id={`${id}-sector`} label="Sector" error={errors[`${id}-sector`]}>
        {(describedBy) => (
          <select className="govuk-select" id={`${id}-sector`} value={sector} onChange={(e) => setSector(e.target.value as Sector)} aria-describedby={describedBy}>
            <option value="">Select a sector</option>
            {SECTORS.map((s) => <option key={s} value={s}>{SECTOR_LABELS[s]}</option>)}
          </select>
        )}
      </Field>
      <Field id={`${id}-agency`} label="Agency (optional)" error={errors[`${id}-agency`]}>
        {(describedBy) => <input autoComplete="off" className="govuk-input govuk-!-width-two-thirds" id={`${id}-agency`} value={agency} onChange={(e) => setAgency(e.target.value)} aria-describedby={describedBy} />}
      </Field>
      <Field id={`${id}-role`} label="Role" hint="A job role, such as school nurse" error={errors[`${id}-role`]}>
        {(describedBy) => <input autoComplete="off" className="govuk-input govuk-!-width-two-thirds" id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value)} aria-describedby={describedBy} />}
      </Field>
      <Button type="submit" disabled={isBusy}>{submitLabel}</Button>
    </form>
  );
}
