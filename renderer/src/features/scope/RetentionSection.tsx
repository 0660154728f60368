/**
 * How long the review is kept: its retention date, by default twelve months after its
 * end date. Past that date the Reviews list flags it for permanent deletion.
 */
import { AutosaveField } from '../../components/AutosaveField.tsx';
import { db } from '../../db/index.ts';
import { updateReview } from '../../db/reviewRepository.ts';
import { defaultRetentionDate } from '../../domain/retention.ts';
import { isCalendarDate, type Review } from '../../domain/reviewFile.ts';
import { formatLongDate } from '../follow-up/dates.ts';

const validDate = (value: string) => (value === '' || isCalendarDate(value) ? undefined : 'Enter a real date');

export function RetentionSection({ review }: { review: Review }) {
  const fallback = defaultRetentionDate(review.endDate);
  const hint = fallback
    ? `Leave empty to keep the default: 12 months after the end date, ${formatLongDate(fallback)}.`
    : 'Leave empty to keep the default: 12 months after the end date, once the end date is set.';
  return (
    <section aria-labelledby="retention-heading">
      <h2 className="govuk-heading-m" id="retention-heading">Retention</h2>
      <p className="govuk-body">After this date the review should be deleted permanently. The Reviews list flags it once the date has passed.</p>
      <AutosaveField id="scope-retention" type="date" label="Delete after" hint={hint} value={review.retentionDate ?? ''}
        validate={validDate} onSave={(v) => updateReview(db, review.id, { retentionDate: v || undefined })} />
    </section>
  );
}
