/**
 * What the action plan needs, from the review's kept snapshot (one consistent read, so
 * the three lists agree): recommendations in number order, actions in creation order,
 * agencies in scope order. Undefined while loading.
 */
import { useMemo } from 'react';
import { useReviewFile } from '../workspace/useReviewFile.ts';

export function useActionPlan(reviewId: string) {
  const file = useReviewFile(reviewId);
  const recommendations = file?.recommendations;
  const actions = file?.actions;
  const agencies = file?.agencies;
  return useMemo(() => {
    if (!recommendations || !actions || !agencies) return undefined;
    return { recommendations: [...recommendations].sort((a, b) => a.number - b.number), actions, agencies };
  }, [recommendations, actions, agencies]);
}

export type ActionPlanData = NonNullable<ReturnType<typeof useActionPlan>>;
