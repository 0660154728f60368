/** Writes to a review's own record (the Scope stage's fields and its review team). */
import { reviewSchema, reviewerSchema, type Review, type Reviewer } from '../domain/reviewFile.ts';
import { newId, nowInstant } from '../domain/ids.ts';
import { withoutUndefined } from '../domain/reviewCopy.ts';
import { ReviewFileError } from '../domain/reviewFileErrors.ts';
import type { LocalReviewDb } from './database.ts';
import { ReviewNotFoundError } from './reviewFileRepository.ts';
import { BlockedChangeError } from './writes.ts';
import { plural } from '../domain/words/index.ts';

export type ReviewPatch = Partial<Omit<Review, 'id' | 'createdAt' | 'updatedAt' | 'reviewers' | 'templateId'>>;

/** Validates a whole review record; throws a readable error naming the field. */
function validated(review: Review): Review {
  const result = reviewSchema.safeParse(review);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ReviewFileError(`${String(issue?.path.join('.') ?? '')}: ${issue?.message ?? 'invalid'}`);
  }
  if (review.startDate && review.endDate && review.endDate < review.startDate) {
    throw new ReviewFileError('endDate: the end date must not be before the start date');
  }
  return withoutUndefined(result.data);
}

async function rewrite(db: LocalReviewDb, reviewId: string, change: (review: Review) => Review): Promise<Review> {
  return db.transaction('rw', db.reviews, async () => {
    const current = await db.reviews.get(reviewId);
    if (!current) throw new ReviewNotFoundError('That review is no longer on this computer.');
    const next = validated({ ...change(current), updatedAt: nowInstant() });
    await db.reviews.put(next);
    return next;
  });
}

/** Changes scope fields; `undefined` in the patch clears an optional field. */
export function updateReview(db: LocalReviewDb, reviewId: string, patch: ReviewPatch): Promise<Review> {
  return rewrite(db, reviewId, (review) => ({ ...review, ...patch }));
}

export function addReviewer(db: LocalReviewDb, reviewId: string, input: Omit<Reviewer, 'id'>): Promise<Review> {
  const reviewer = reviewerSchema.parse({ ...input, id: newId() });
  return rewrite(db, reviewId, (review) => ({ ...review, reviewers: [...review.reviewers, reviewer] }));
}

export function updateReviewer(db: LocalReviewDb, reviewId: string, reviewer: Reviewer): Promise<Review> {
  return rewrite(db, reviewId, (review) => ({
    ...review,
    reviewers: review.reviewers.map((r) => (r.id === reviewer.id ? reviewerSchema.parse(reviewer) : r)),
  }));
}

/** Removes a reviewer not yet recorded on any engagement; returns it and its position for undo. */
export async function removeReviewer(db: LocalReviewDb, reviewId: string, reviewerId: string): Promise<{ reviewer: Reviewer; index: number }> {
  return db.transaction('rw', db.reviews, db.engagements, async () => {
    const used = await db.engagements.where('reviewId').equals(reviewId).filter((e) => e.reviewerIds.includes(reviewerId)).count();
    if (used > 0) throw new BlockedChangeError(`This reviewer is recorded on ${plural(used, 'engagement')}; remove them there first.`);
    const review = await db.reviews.get(reviewId);
    const index = review?.reviewers.findIndex((r) => r.id === reviewerId) ?? -1;
    if (!review || index < 0) throw new ReviewNotFoundError('That reviewer no longer exists.');
    await rewrite(db, reviewId, (r) => ({ ...r, reviewers: r.reviewers.filter((x) => x.id !== reviewerId) }));
    return { reviewer: review.reviewers[index]!, index };
  });
}

/** Puts a removed reviewer back where they were (undo). */
export function restoreReviewer(db: LocalReviewDb, reviewId: string, reviewer: Reviewer, index: number): Promise<Review> {
  return rewrite(db, reviewId, (review) => {
    const reviewers = [...review.reviewers];
    reviewers.splice(Math.min(index, reviewers.length), 0, reviewer);
    return { ...review, reviewers };
  });
}
