/**
 * Live read of what the action plan needs, in one read so the three lists agree:
 * recommendations in number order, actions in creation order, agencies in scope order.
 * Undefined while loading.
 */
import { useSharedLiveQuery } from '../workspace/useSharedLiveQuery.ts';
import { db } from '../../db/index.ts';

const bySeq = (a: { seq: number }, b: { seq: number }) => a.seq - b.seq;

export function useActionPlan(reviewId: string) {
  return useSharedLiveQuery(() => db.transaction('r', [db.recommendations, db.actions, db.agencies], async () => {
    const [recommendations, actions, agencies] = await Promise.all([
      db.recommendations.where('reviewId').equals(reviewId).toArray(),
      db.actions.where('reviewId').equals(reviewId).toArray(),
      db.agencies.where('reviewId').equals(reviewId).toArray(),
    ]);
    return { recommendations: recommendations.sort((a, b) => a.number - b.number), actions: actions.sort(bySeq), agencies: agencies.sort(bySeq) };
  }), [reviewId]);
}

export type ActionPlanData = NonNullable<ReturnType<typeof useActionPlan>>;
