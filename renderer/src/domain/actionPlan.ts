/** The action plan as the Follow-up stage shows it: filtered, grouped under recommendations, histories newest first. */
import { isOverdue, type ActionStatus } from './rag.ts';
import type { Action, ActionUpdate, Recommendation } from './reviewFile.ts';

/** What the reviewer has narrowed the plan to; an absent key does not narrow. */
export interface ActionFilter {
  ownerAgencyId?: string | undefined;
  status?: ActionStatus | undefined;
  isOverdueOnly?: boolean | undefined;
}

/** True when the filter narrows anything. */
export function isFiltering(filter: ActionFilter): boolean {
  return Boolean(filter.ownerAgencyId || filter.status || filter.isOverdueOnly);
}

/** The actions that pass the filter, in their own order; overdue is judged against `today`. */
export function filterActions<T extends Pick<Action, 'ownerAgencyId' | 'status' | 'dueDate'>>(actions: readonly T[], filter: ActionFilter, today: string): T[] {
  return actions.filter((a) => (!filter.ownerAgencyId || a.ownerAgencyId === filter.ownerAgencyId)
    && (!filter.status || a.status === filter.status)
    && (!filter.isOverdueOnly || isOverdue(a, today)));
}

/** Each recommendation in number order with its actions (in the order given). */
export function actionsByRecommendation<R extends Pick<Recommendation, 'id' | 'number'>, A extends Pick<Action, 'recommendationId'>>(
  recommendations: readonly R[], actions: readonly A[],
): Array<{ recommendation: R; actions: A[] }> {
  // Grouped in one pass: filtering the actions once per recommendation grows with the
  // square of the plan (12 million comparisons for 2,000 recommendations).
  const byRecommendation = new Map<string, A[]>();
  for (const action of actions) {
    const group = byRecommendation.get(action.recommendationId);
    if (group) group.push(action);
    else byRecommendation.set(action.recommendationId, [action]);
  }
  return [...recommendations]
    .sort((a, b) => a.number - b.number)
    .map((recommendation) => ({ recommendation, actions: byRecommendation.get(recommendation.id) ?? [] }));
}

/** The newest update (updates are kept in date order, newest last), if any. */
export function latestUpdate(action: Pick<Action, 'updates'>): ActionUpdate | undefined {
  return action.updates[action.updates.length - 1];
}

/** An action's updates newest first, each with its place in the stored list (for removal). */
export function historyNewestFirst(updates: readonly ActionUpdate[]): Array<{ update: ActionUpdate; index: number }> {
  return updates.map((update, index) => ({ update, index })).reverse();
}
