/**
 * Moves a review's stored stage forward when the work reaches a later stage (the first
 * engagement, the first passage, the first action…), so the Reviews list says where a
 * review stands. Rendered once by the workspace; draws nothing. Reads the review's kept
 * snapshot (see useReviewFile), so it costs nothing however large the review grows.
 */
import { useEffect, useMemo } from 'react';
import { db } from '../../db/index.ts';
import { updateReview } from '../../db/reviewRepository.ts';
import type { Review } from '../../domain/reviewFile.ts';
import { useReviewFile } from '../workspace/useReviewFile.ts';
import { advancedStage, stageOfWork, type WorkFacts } from '../../domain/reviewStage.ts';

function useWorkFacts(review: Review): WorkFacts | undefined {
  const { id, summary, localContext } = review;
  const file = useReviewFile(id);
  // Which tables have rows, as a string, so the facts change only when one of them does.
  const present = file ? [file.engagements, file.excerpts, file.findings, file.recommendations, file.actions].map((rows) => (rows.length > 0 ? 'y' : 'n')).join('') : undefined;
  return useMemo(() => {
    if (present === undefined) return undefined;
    const [hasEngagements, hasPassages, hasFindings, hasRecommendations, hasActions] = [...present].map((p) => p === 'y') as [boolean, boolean, boolean, boolean, boolean];
    return { hasEngagements, hasPassages, hasFindings, hasRecommendations, hasActions, hasOwnWords: /\S/.test(`${summary ?? ''}${localContext ?? ''}`) };
  }, [present, summary, localContext]);
}

export function StageFollowsWork({ review }: { review: Review }) {
  const facts = useWorkFacts(review);
  const next = facts && advancedStage(review.stage, stageOfWork(facts));
  useEffect(() => {
    // A failed write (the review deleted a moment ago) is harmless: the next change retries.
    if (next) updateReview(db, review.id, { stage: next }).catch(() => undefined);
  }, [next, review.id]);
  return null;
}
