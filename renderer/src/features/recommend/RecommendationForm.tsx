/**
 * Adds a recommendation or changes one: what should happen, which findings it answers,
 * who leads and who partners, how urgent it is and how success will be known.
 */
import { useEffect, useMemo, useRef } from 'react';
import { hrefFor } from '../../app/router.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { useDetailsForm } from '../../components/useDetailsForm.ts';
import { db } from '../../db/index.ts';
import { addRecommendation, updateRecommendation, type RecommendationDetails } from '../../db/recommendationRepository.ts';
import { PRIORITY_LABELS, TIMESCALE_LABELS } from '../../domain/labels.ts';
import { PRIORITIES, TIMESCALES, type Agency, type Finding, type Recommendation, type Theme } from '../../domain/reviewFile.ts';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { FindingsPicker } from './FindingsPicker.tsx';
import { RadioGroup } from './RadioGroup.tsx';
import { fieldIds, formValues, parseRecommendationForm } from './recommendationForm.ts';
import { visibleText } from '../../domain/words/index.ts';

export interface RecommendationFormProps {
  reviewId: string;
  agencies: readonly Agency[];
  findings: readonly Finding[];
  themes: readonly Theme[];
  unansweredIds: ReadonlySet<string>;
  /** The recommendation to change; absent to add a new one. */
  recommendation?: Recommendation;
  /** Findings ticked at the start of a new recommendation. */
  initialFindingIds?: readonly string[];
  /** Called with the recommendation's id once saved. */
  onDone: (recommendationId: string) => void;
  onCancel: () => void;
}

export function RecommendationForm({ reviewId, agencies, findings, themes, unansweredIds, recommendation, initialFindingIds, onDone, onCancel }: RecommendationFormProps) {
  const ids = useMemo(() => fieldIds(`recommendation-${recommendation?.id ?? 'new'}`), [recommendation?.id]);
  const { values, set, errors, summary, attempt, submit } = useDetailsForm({
    initial: () => formValues(recommendation, initialFindingIds),
    parse: parseRecommendationForm,
    fieldIds: ids,
    save: async (details: RecommendationDetails) => {
      if (!recommendation) return addRecommendation(db, reviewId, details);
      await updateRecommendation(db, recommendation.id, details);
      return recommendation.id;
    },
    failureText: recommendation ? 'The changes could not be saved.' : 'The recommendation could not be added.',
    onDone,
  });
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => { first.current?.focus(); }, []);

  const heading = recommendation ? `Change recommendation ${recommendation.number}` : 'Add a recommendation';
  const scopeHref = hrefFor({ page: 'workspace', reviewId, stage: 'scope' });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${ids.title}-heading`} className="app-recommendation-form">
      <h3 className="govuk-heading-m" id={`${ids.title}-heading`}>{heading}</h3>
      <ErrorSummary errors={summary} attempt={attempt} />
      <Field id={ids.title} label="Title" hint="What should be done, in a line. For example, Rebuild the MACE panel as a planning forum" error={errors.title}>
        {(describedBy) => (
          <input id={ids.title} ref={first} className={`govuk-input${errors.title ? ' govuk-input--error' : ''}`} value={values.title}
            aria-describedby={describedBy} autoComplete="off" spellCheck onChange={(e) => set('title')(e.target.value)} />
        )}
      </Field>
      <Field id={ids.detail} label="Detail" hint="Why it matters and what it involves, as the report should put it.">
        {(describedBy) => (
          <textarea autoComplete="off" id={ids.detail} className="govuk-textarea" rows={5} value={values.detail} aria-describedby={describedBy} spellCheck
            onChange={(e) => set('detail')(e.target.value)} />
        )}
      </Field>
      <FindingsPicker id={ids.findingIds} reviewId={reviewId} findings={findings} themes={themes} unansweredIds={unansweredIds}
        chosen={values.findingIds} onChange={set('findingIds')} />
      <Field id={ids.leadAgencyId} label="Lead agency" hint="The agency accountable for seeing it done." error={errors.leadAgencyId}>
        {(describedBy) => (
          <select id={ids.leadAgencyId} className={`govuk-select${errors.leadAgencyId ? ' govuk-select--error' : ''}`} value={values.leadAgencyId}
            aria-describedby={describedBy} onChange={(e) => set('leadAgencyId')(e.target.value)}>
            <option value="">Choose the lead agency</option>
            {agencies.map((a) => <option key={a.id} value={a.id}>{visibleText(a.name)}</option>)}
          </select>
        )}
      </Field>
      {agencies.length === 0 && (
        <p className="govuk-body">No agencies in scope yet. <a className="govuk-link" href={scopeHref}>Add them in the Scope stage</a>.</p>
      )}
      <CheckboxGroup id={ids.partnerAgencyIds} legend="Partner agencies" hint="Agencies that will work with the lead. The lead agency is not listed."
        options={agencies.filter((a) => a.id !== values.leadAgencyId).map((a) => ({ value: a.id, label: a.name }))}
        chosen={values.partnerAgencyIds} onChange={set('partnerAgencyIds')}
        emptyText={agencies.length === 0 ? 'No agencies in scope yet.' : 'No other agencies in scope.'} />
      <RadioGroup id={ids.priority} legend="Priority" choices={PRIORITIES} labels={PRIORITY_LABELS} value={values.priority} onChange={set('priority')} isInline />
      <RadioGroup id={ids.timescale} legend="Timescale" choices={TIMESCALES} labels={TIMESCALE_LABELS} value={values.timescale} onChange={set('timescale')} />
      <Field id={ids.successMeasure} label="Success measure (optional)" hint="How the partnership will know it has worked. For example, every child discussed leaves with a dated plan.">
        {(describedBy) => (
          <textarea autoComplete="off" id={ids.successMeasure} className="govuk-textarea" rows={2} value={values.successMeasure} aria-describedby={describedBy} spellCheck
            onChange={(e) => set('successMeasure')(e.target.value)} />
        )}
      </Field>
      <div className="govuk-button-group">
        <Button type="submit">{recommendation ? 'Save recommendation' : 'Add recommendation'}</Button>
        <Button variant="secondary" onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
