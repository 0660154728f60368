/** Live read of a review's engagements in creation order; undefined while loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/index.ts';

export function useEngagements(reviewId: string) {
  return useLiveQuery(async () => (await db.engagements.where('reviewId').equals(reviewId).toArray()).sort((a, b) => a.seq - b.seq), [reviewId]);
}
