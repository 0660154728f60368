/**
 * The reviewer's own words for the report: an executive summary and the local context.
 * Each saves itself; left empty, the report keeps its generated summary and the
 * template's wording. `?focus=report-summary` or `?focus=report-local-context` lands on a field.
 */
import { AutosaveField } from '../../components/AutosaveField.tsx';
import { db } from '../../db/index.ts';
import { updateReview } from '../../db/reviewRepository.ts';
import type { Review } from '../../domain/reviewFile.ts';
import { useFieldFocus } from './useFieldFocus.ts';

/** `isReady` once the page above the fields has loaded, so a focused field stays in view. */
export function ReportWords({ review, isReady }: { review: Review; isReady: boolean }) {
  useFieldFocus(isReady);
  // An emptied field is removed from the review, so the report falls back to its own text.
  const save = (key: 'summary' | 'localContext') => (value: string) => updateReview(db, review.id, { [key]: /\S/.test(value) ? value : undefined });
  return (
    <section aria-labelledby="own-words-heading">
      <h2 className="govuk-heading-m" id="own-words-heading">Your own words</h2>
      <AutosaveField id="report-summary" label="Executive summary" multiline rows={8} width="full"
        hint="Opens the report. Leave it empty and the report writes one from the figures. Start each paragraph on a new line."
        value={review.summary ?? ''} onSave={save('summary')} />
      <AutosaveField id="report-local-context" label="Local context" multiline rows={6} width="full"
        hint="The area, its partnership and what led to the review. Leave it empty and the report uses the template’s wording."
        value={review.localContext ?? ''} onSave={save('localContext')} />
    </section>
  );
}
