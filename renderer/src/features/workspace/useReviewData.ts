/** Live reads of one review and its scope rows; undefined while loading, null when gone. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/index.ts';

export function useReview(reviewId: string) {
  return useLiveQuery(async () => (await db.reviews.get(reviewId)) ?? null, [reviewId]);
}

export function useAgencies(reviewId: string) {
  return useLiveQuery(async () => (await db.agencies.where('reviewId').equals(reviewId).toArray()).sort((a, b) => a.seq - b.seq), [reviewId]);
}

export function useThemes(reviewId: string) {
  return useLiveQuery(() => db.themes.where('reviewId').equals(reviewId).toArray(), [reviewId]);
}
