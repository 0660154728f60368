/**
 * How long the review is kept: its retention date, by default twelve months after its
 * end date. Past that date the Reviews list flags it for permanent deletion.
 */
import { AutosaveDateInput } from '../../components/AutosaveDateInput.tsx';
import { db } from '../../db/index.ts';
import { updateReview } from '../../db/reviewRepository.ts';
import { defaultRetentionDate } from '../../domain/retention.ts';
import type { Review } from '../../domain/reviewFile.ts';
import { longDate } from '../../domain/words/index.ts';

export function RetentionSection({ review }: { review: Review }) {
  const fallback = defaultRetentionDate(review.endDate);
  const hint = fallback
    ? `Leave empty to keep the default: 12 months after the end date, ${longDate(fallback)}. For example, 27 3 2027.`
    : 'Leave empty to keep the default: 12 months after the end date, once the end date is set. For example, 27 3 2027.';
  return (
    <section aria-labelledby="retention-heading">
      <h2 className="govuk-heading-m" id="retention-heading">Retention</h2>
      <p className="govuk-body">After this date the review should be deleted permanently. The Reviews list flags it once the date has passed.</p>
      <AutosaveDateInput id="scope-retention" legend="Delete after" hint={hint} value={review.retentionDate ?? ''}
        onSave={(v) => updateReview(db, review.id, { retentionDate: v || undefined })} />
    </section>
  );
}
