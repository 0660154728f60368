/** Scope fields of the review record, each saving itself. */
import { AutosaveDateInput } from '../../components/AutosaveDateInput.tsx';
import { AutosaveField } from '../../components/AutosaveField.tsx';
import { useSaveStatus } from '../../app/saveStatus.tsx';
import { useOptimisticValue } from '../../components/useOptimistic.ts';
import { db } from '../../db/index.ts';
import { updateReview, type ReviewPatch } from '../../db/reviewRepository.ts';
import { MARKINGS, type Review } from '../../domain/reviewFile.ts';

const required = (what: string) => (value: string) => (value.trim() ? undefined : `Enter ${what}`);

export function ReviewDetailsSection({ review }: { review: Review }) {
  const { track } = useSaveStatus();
  const [marking, setMarking] = useOptimisticValue(review.protectiveMarking);
  const save = (patch: ReviewPatch) => updateReview(db, review.id, patch);
  const saveText = (key: 'title' | 'area' | 'commissioner' | 'termsOfReference') => (value: string) => save({ [key]: value });
  const endAfterStart = (end: string) => (review.startDate && end < review.startDate ? 'End date must be on or after the start date' : undefined);
  const startBeforeEnd = (start: string) => (review.endDate && start > review.endDate ? 'Start date must be on or before the end date' : undefined);

  return (
    <section aria-labelledby="details-heading">
      <h2 className="govuk-heading-m" id="details-heading">Review details</h2>
      <AutosaveField id="scope-title" label="Review title" value={review.title} onSave={saveText('title')} validate={required('a title for the review')} />
      <AutosaveField id="scope-area" label="Area" value={review.area} onSave={saveText('area')} validate={required('the area being reviewed')} />
      <AutosaveField id="scope-commissioner" label="Commissioned by" hint="The partnership or office that asked for the review, such as the CSP or the PCC" value={review.commissioner} onSave={saveText('commissioner')} />
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Protective marking</legend>
          <div className="govuk-hint">Printed on every page of the report</div>
          <div className="govuk-radios govuk-radios--small govuk-radios--inline">
            {MARKINGS.map((m) => (
              <div className="govuk-radios__item" key={m}>
                <input className="govuk-radios__input" id={`scope-marking-${m}`} type="radio" name="scope-marking" value={m}
                  checked={marking === m} onChange={() => { setMarking(m); void track(() => save({ protectiveMarking: m })); }} />
                <label className="govuk-label govuk-radios__label" htmlFor={`scope-marking-${m}`}>{m}</label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="app-inline-actions">
        <AutosaveDateInput id="scope-start" legend="Start date" value={review.startDate ?? ''} validate={startBeforeEnd}
          onSave={(v) => save({ startDate: v || undefined })} />
        <AutosaveDateInput id="scope-end" legend="End date" value={review.endDate ?? ''} validate={endAfterStart}
          onSave={(v) => save({ endDate: v || undefined })} />
      </div>
      <AutosaveField id="scope-terms" label="Terms of reference" multiline rows={6} width="full"
        hint="What the partnership asked the review to look at, and what is out of scope" value={review.termsOfReference} onSave={saveText('termsOfReference')} />
      <AutosaveField id="scope-definition" label="Local definition of serious violence" multiline rows={4} width="full"
        hint="The partnership’s own definition, as required by the Serious Violence Duty (optional)" value={review.localDefinition ?? ''}
        onSave={(v) => save({ localDefinition: v || undefined })} />
    </section>
  );
}
