/** Live reads for coding: a review's passages and which findings cite each; undefined while loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useSharedLiveQuery } from '../../workspace/useSharedLiveQuery.ts';
import { db } from '../../../db/index.ts';

/** Every coded passage of a review, in creation order. */
export function useReviewExcerpts(reviewId: string) {
  return useSharedLiveQuery(async () => (await db.excerpts.where('reviewId').equals(reviewId).toArray()).sort((a, b) => a.seq - b.seq), [reviewId]);
}

/** For each passage of a review, how many findings cite it (absent when none). */
export function useCitationCounts(reviewId: string) {
  return useLiveQuery(async () => {
    const counts = new Map<string, number>();
    for (const finding of await db.findings.where('reviewId').equals(reviewId).toArray()) {
      for (const id of new Set(finding.excerptIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }, [reviewId]);
}
