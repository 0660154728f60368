/**
 * Live reads of one review and its scope rows; undefined while loading, null when gone.
 * Narrow queries for screens that need only these tables; rows keep their identity
 * between reads (see useSharedLiveQuery).
 */
import { db } from '../../db/index.ts';
import { useSharedLiveQuery } from './useSharedLiveQuery.ts';

export function useReview(reviewId: string) {
  return useSharedLiveQuery(async () => (await db.reviews.get(reviewId)) ?? null, [reviewId]);
}

export function useAgencies(reviewId: string) {
  return useSharedLiveQuery(async () => (await db.agencies.where('reviewId').equals(reviewId).toArray()).sort((a, b) => a.seq - b.seq), [reviewId]);
}

export function useThemes(reviewId: string) {
  return useSharedLiveQuery(() => db.themes.where('reviewId').equals(reviewId).toArray(), [reviewId]);
}
