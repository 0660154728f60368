/** Live list of reviews, newest change first; undefined while loading. */
import { useSharedLiveQuery } from '../workspace/useSharedLiveQuery.ts';
import { db } from '../../db/index.ts';

export function useReviews() {
  return useSharedLiveQuery(() => db.reviews.orderBy('updatedAt').reverse().toArray(), []);
}
