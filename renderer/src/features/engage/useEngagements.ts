/** Live read of a review's engagements in creation order; undefined while loading. */
import { useSharedLiveQuery } from '../workspace/useSharedLiveQuery.ts';
import { db } from '../../db/index.ts';

export function useEngagements(reviewId: string) {
  return useSharedLiveQuery(async () => (await db.engagements.where('reviewId').equals(reviewId).toArray()).sort((a, b) => a.seq - b.seq), [reviewId]);
}
