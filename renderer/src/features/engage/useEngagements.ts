/** A review's engagements in creation order, from its kept snapshot; undefined while loading. */
import { useReviewFile } from '../workspace/useReviewFile.ts';

export function useEngagements(reviewId: string) {
  return useReviewFile(reviewId)?.engagements;
}
