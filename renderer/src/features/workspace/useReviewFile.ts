/**
 * A live, consistent snapshot of a whole review in review-file shape, for screens whose
 * rules are pure functions of the file (coverage, strength of evidence, roll-ups,
 * unanswered findings, search). Undefined while loading, null when the review has gone.
 * The snapshot is read once and then kept current by the writes themselves (see
 * db/reviewSnapshots.ts), so moving between screens of a large review does not read it
 * again, and a save changes only the rows it wrote: unchanged rows, arrays and the file
 * keep their identity, so memoised rows skip rendering. Treat it as read-only.
 */
import { useCallback, useState, useSyncExternalStore } from 'react';
import { db } from '../../db/index.ts';
import type { ReadProgress } from '../../db/reviewSnapshots.ts';
import type { ReviewFile } from '../../domain/reviewFile.ts';

export function useReviewFile(reviewId: string): ReviewFile | null | undefined {
  // A failed read is thrown during render, so the screen's error boundary shows it.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const subscribe = useCallback((changed: () => void) => db.snapshots.subscribe(reviewId, changed, (error) => setFailure({ error })), [reviewId]);
  const file = useSyncExternalStore(subscribe, () => db.snapshots.current(reviewId));
  if (failure) throw failure.error;
  return file;
}

/** How far the first read of a review has got (records read of all), while it runs. */
export function useReviewReadProgress(reviewId: string): ReadProgress | undefined {
  const subscribe = useCallback((changed: () => void) => db.snapshots.subscribe(reviewId, changed), [reviewId]);
  return useSyncExternalStore(subscribe, () => db.snapshots.progress(reviewId));
}
