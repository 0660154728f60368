/** Reads for coding, from the review's kept snapshot: its passages and which findings cite each; undefined while loading. */
import { useMemo } from 'react';
import { useReviewFile } from '../../workspace/useReviewFile.ts';

/** Every coded passage of a review, in creation order. */
export function useReviewExcerpts(reviewId: string) {
  return useReviewFile(reviewId)?.excerpts;
}

/** For each passage of a review, how many findings cite it (absent when none). */
export function useCitationCounts(reviewId: string) {
  const findings = useReviewFile(reviewId)?.findings;
  return useMemo(() => {
    if (!findings) return undefined;
    const counts = new Map<string, number>();
    for (const finding of findings) {
      for (const id of new Set(finding.excerptIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }, [findings]);
}
