/**
 * A live, consistent snapshot of a whole review in review-file shape, for screens whose
 * rules are pure functions of the file (coverage, strength of evidence, roll-ups,
 * unanswered findings, search). Re-reads after any change to the review; undefined
 * while loading, null when the review has gone. Unchanged rows, arrays and the file
 * itself keep their identity from one read to the next (see useSharedLiveQuery), so a
 * save re-renders only what it changed. Treat it as read-only: its parts are shared.
 */
import { db } from '../../db/index.ts';
import { exportReviewFile, ReviewNotFoundError } from '../../db/reviewFileRepository.ts';
import type { ReviewFile } from '../../domain/reviewFile.ts';
import { useSharedLiveQuery } from './useSharedLiveQuery.ts';

// A fixed stamp: the snapshot is never written out, and a changing one would only churn.
const SNAPSHOT_STAMP = '1970-01-01T00:00:00.000Z';

export function useReviewFile(reviewId: string): ReviewFile | null | undefined {
  return useSharedLiveQuery(async () => {
    try {
      return await exportReviewFile(db, reviewId, SNAPSHOT_STAMP);
    } catch (error) {
      if (error instanceof ReviewNotFoundError) return null;
      throw error;
    }
  }, [reviewId]);
}
