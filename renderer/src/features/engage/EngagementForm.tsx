/** Adds an engagement or changes one's details: what kind, when, who took part (by agency and role). */
import { useEffect, useRef } from 'react';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { useDetailsForm } from '../../components/useDetailsForm.ts';
import { hrefFor } from '../../app/router.ts';
import { db } from '../../db/index.ts';
import { addEngagement, updateEngagement, type EngagementDetails } from '../../db/engagementRepository.ts';
import { ENGAGEMENT_KIND_LABELS, type EngagementKind } from '../../domain/engagementLabels.ts';
import { todayDate } from '../../domain/ids.ts';
import { ENGAGEMENT_KINDS, type Agency, type Engagement, type Review } from '../../domain/reviewFile.ts';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { DateInput } from '../../components/DateInput.tsx';
import { FIELD_IDS, formValues, parseEngagementForm } from './engagementForm.ts';

export interface EngagementFormProps {
  review: Review;
  agencies: readonly Agency[];
  /** The engagement to change; absent to add a new one. */
  engagement?: Engagement;
  /** Called with the engagement's id once saved. */
  onDone: (engagementId: string) => void;
  onCancel: () => void;
}

export function EngagementForm({ review, agencies, engagement, onDone, onCancel }: EngagementFormProps) {
  const { values, set, errors, summary, attempt, submit } = useDetailsForm({
    initial: () => formValues(engagement, todayDate()),
    parse: parseEngagementForm,
    fieldIds: FIELD_IDS,
    save: async (details: EngagementDetails) => {
      if (!engagement) return addEngagement(db, review.id, details);
      await updateEngagement(db, engagement.id, details);
      return engagement.id;
    },
    failureText: engagement ? 'The changes could not be saved.' : 'The engagement could not be added.',
    onDone,
  });
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => { first.current?.focus(); }, []);

  const text = (key: 'title' | 'participantCount' | 'durationMinutes', label: string, hint?: string, isNumber = false) => (
    <Field id={FIELD_IDS[key]} label={label} hint={hint} error={errors[key]}>
      {(describedBy) => (
        <input id={FIELD_IDS[key]} className={`govuk-input${isNumber ? ' govuk-input--width-5' : ''}${errors[key] ? ' govuk-input--error' : ''}`} value={values[key]}
          aria-describedby={describedBy} inputMode={isNumber ? 'numeric' : undefined} autoComplete="off" spellCheck={!isNumber}
          onChange={(e) => set(key)(e.target.value)} />
      )}
    </Field>
  );
  const scopeHref = hrefFor({ page: 'workspace', reviewId: review.id, stage: 'scope' });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="engagement-form-heading" className="app-engagement-form">
      <h3 className="govuk-heading-m" id="engagement-form-heading">{engagement ? 'Change the details' : 'Add an engagement'}</h3>
      <ErrorSummary errors={summary} attempt={attempt} />
      <Field id={FIELD_IDS.kind} label="Kind of engagement">
        {() => (
          <select id={FIELD_IDS.kind} ref={first} className="govuk-select" value={values.kind} onChange={(e) => set('kind')(e.target.value as EngagementKind)}>
            {ENGAGEMENT_KINDS.map((k) => <option key={k} value={k}>{ENGAGEMENT_KIND_LABELS[k]}</option>)}
          </select>
        )}
      </Field>
      <DateInput id={FIELD_IDS.date} legend="Date" error={errors.date} value={values.date} onChange={set('date')} />
      {text('title', 'Title', 'For example, Designated safeguarding leads’ workshop')}
      <CheckboxGroup id={FIELD_IDS.agencyIds} legend="Agencies taking part" hint="Everything said is attributed to these agencies and their sectors."
        options={agencies.map((a) => ({ value: a.id, label: a.name }))} chosen={values.agencyIds} onChange={set('agencyIds')}
        emptyText={<>No agencies in scope yet. <a className="govuk-link" href={scopeHref}>Add them in the Scope stage</a>.</>} />
      <Field id={FIELD_IDS.roles} label="Job roles taking part" hint="Job roles only — never names. One role per line, for example Designated safeguarding lead." error={errors.roles}>
        {(describedBy) => (
          <textarea autoComplete="off" id={FIELD_IDS.roles} className="govuk-textarea" rows={3} value={values.roles} aria-describedby={describedBy} spellCheck
            onChange={(e) => set('roles')(e.target.value)} />
        )}
      </Field>
      {text('participantCount', 'Number of participants', undefined, true)}
      <CheckboxGroup id={FIELD_IDS.reviewerIds} legend="Reviewers present" options={review.reviewers.map((r) => ({ value: r.id, label: r.name || r.role || 'Unnamed reviewer' }))}
        chosen={values.reviewerIds} onChange={set('reviewerIds')}
        emptyText={<>No review team yet. <a className="govuk-link" href={scopeHref}>Add reviewers in the Scope stage</a>.</>} />
      {text('durationMinutes', 'Duration in minutes (optional)', undefined, true)}
      <div className="govuk-button-group">
        <Button type="submit">{engagement ? 'Save details' : 'Add engagement'}</Button>
        <Button variant="secondary" onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
