/** Records a reviewer's decision to export although the personal-data check found something. */
import { nowInstant } from '../domain/ids.ts';
import type { ExportKind } from '../domain/reviewFile.ts';
import type { LocalReviewDb } from './database.ts';
import { ReviewNotFoundError } from './reviewFileRepository.ts';

/** Appends `{ at, export, hits }` to the review's personalDataAcknowledgements, newest last. */
export async function recordPersonalDataAcknowledgement(db: LocalReviewDb, reviewId: string, kind: ExportKind, hits: number): Promise<void> {
  if (!Number.isInteger(hits) || hits < 1) throw new RangeError('An acknowledgement needs at least one finding.');
  await db.transaction('rw', db.reviews, async () => {
    const review = await db.reviews.get(reviewId);
    if (!review) throw new ReviewNotFoundError('That review is no longer on this computer.');
    const at = nowInstant();
    const acknowledgements = [...(review.personalDataAcknowledgements ?? []), { at, export: kind, hits }];
    await db.reviews.put({ ...review, personalDataAcknowledgements: acknowledgements, updatedAt: at });
  });
}
