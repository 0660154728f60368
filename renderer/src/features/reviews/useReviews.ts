/** Live list of reviews, newest change first; undefined while loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/index.ts';

export function useReviews() {
  return useLiveQuery(() => db.reviews.orderBy('updatedAt').reverse().toArray(), []);
}
