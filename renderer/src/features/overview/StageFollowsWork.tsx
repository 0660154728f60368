/**
 * Moves a review's stored stage forward when the work reaches a later stage (the first
 * engagement, the first passage, the first action…), so the Reviews list says where a
 * review stands. Rendered once by the workspace; draws nothing. Reads only whether each
 * table has a row for the review, so it stays cheap however large the review grows.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { db } from '../../db/index.ts';
import { updateReview } from '../../db/reviewRepository.ts';
import type { Review } from '../../domain/reviewFile.ts';
import { advancedStage, stageOfWork, type WorkFacts } from '../../domain/reviewStage.ts';

function useWorkFacts(review: Review): WorkFacts | undefined {
  const { id, summary, localContext } = review;
  return useLiveQuery(async () => {
    const has = async (table: 'engagements' | 'excerpts' | 'findings' | 'recommendations' | 'actions') =>
      (await db[table].where('reviewId').equals(id).first()) !== undefined;
    const [hasEngagements, hasPassages, hasFindings, hasRecommendations, hasActions] = await Promise.all([
      has('engagements'), has('excerpts'), has('findings'), has('recommendations'), has('actions'),
    ]);
    return { hasEngagements, hasPassages, hasFindings, hasRecommendations, hasActions, hasOwnWords: /\S/.test(`${summary ?? ''}${localContext ?? ''}`) };
  }, [id, summary, localContext]);
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
