/**
 * One review and its scope rows, from the review's kept snapshot (see useReviewFile):
 * undefined while loading, null when the review has gone. Every screen of a review reads
 * the same snapshot, so moving between them reads nothing again.
 */
import { useReviewFile } from './useReviewFile.ts';

export function useReview(reviewId: string) {
  const file = useReviewFile(reviewId);
  return file === undefined ? undefined : (file?.review ?? null);
}

/** The review's agencies in scope order. */
export function useAgencies(reviewId: string) {
  return useReviewFile(reviewId)?.agencies;
}

export function useThemes(reviewId: string) {
  return useReviewFile(reviewId)?.themes;
}
