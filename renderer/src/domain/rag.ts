/** Action plans are tracked by RAG status, so this turns statuses and due dates into labelled RAG ratings and roll-ups. */
import { ACTION_STATUSES, isCalendarDate, type Action, type Agency, type Recommendation, type ReviewFile } from './reviewFile.ts';
import { plural } from './words/index.ts';

/** An action's status, as the review file stores it. */
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** A RAG colour, or none (not started) or complete, which are not colours. */
export type Rag = 'green' | 'amber' | 'red' | 'none' | 'complete';

/** A RAG rating with the words to show beside it, so colour is never the only signal. */
export interface RagRating {
  rag: Rag;
  label: string;
}

const RATINGS: Record<ActionStatus, RagRating> = {
  'not-started': { rag: 'none', label: 'Not started' },
  'on-track': { rag: 'green', label: 'On track' },
  'at-risk': { rag: 'amber', label: 'At risk' },
  'off-track': { rag: 'red', label: 'Off track' },
  complete: { rag: 'complete', label: 'Complete' },
};

/** The roll-up of a set with no actions at all. */
export const NO_ACTIONS: RagRating = { rag: 'none', label: 'No actions' };

/** The RAG rating and label of one status. */
export function ragOf(status: ActionStatus): RagRating {
  return RATINGS[status];
}

// A mistyped date would silently make every action overdue, or none, so it is refused.
function assertDate(today: string): void {
  if (!isCalendarDate(today)) throw new RangeError(`today must be a YYYY-MM-DD date, not "${today}"`);
}

/** True when the action has a due date before `today` (YYYY-MM-DD) and is not complete. */
export function isOverdue(action: Pick<Action, 'dueDate' | 'status'>, today: string): boolean {
  assertDate(today);
  return isLate(action, today);
}

function isLate(action: Pick<Action, 'dueDate' | 'status'>, today: string): boolean {
  return action.dueDate !== undefined && action.dueDate < today && action.status !== 'complete';
}

/** Counts of a set of actions by status, how many are overdue, and their overall rating. */
export interface RollUp {
  total: number;
  counts: Record<ActionStatus, number>;
  overdue: number;
  overall: RagRating;
}

// Worst first: the overall rating is the first of these that any open action has.
const SEVERITY: readonly ActionStatus[] = ['off-track', 'at-risk', 'on-track', 'not-started'];

/**
 * Rolls up actions. Overall: no actions → 'No actions'; all complete → Complete; otherwise
 * the worst status among the open actions (Off track, then At risk, On track, Not started),
 * where an overdue action counts as Off track whatever its recorded status, because a
 * missed date is the plainest sign of slippage. `counts` keep the recorded statuses.
 */
export function rollUp(actions: readonly Pick<Action, 'dueDate' | 'status'>[], today: string): RollUp {
  assertDate(today);
  const counts = Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<ActionStatus, number>;
  const effective = new Set<ActionStatus>();
  let overdue = 0;
  for (const action of actions) {
    counts[action.status] += 1;
    const late = isLate(action, today);
    if (late) overdue += 1;
    effective.add(late ? 'off-track' : action.status);
  }
  const worst = SEVERITY.find((s) => effective.has(s));
  const overall = actions.length === 0 ? NO_ACTIONS : worst ? ragOf(worst) : ragOf('complete');
  return { total: actions.length, counts, overdue, overall };
}

/** A roll-up for each recommendation in number order, including those with no actions yet. */
export function rollUpByRecommendation(file: Pick<ReviewFile, 'recommendations' | 'actions'>, today: string): Array<{ recommendation: Recommendation; rollUp: RollUp }> {
  const byRec = groupBy(file.actions, (a) => a.recommendationId);
  return [...file.recommendations]
    .sort((a, b) => a.number - b.number)
    .map((recommendation) => ({ recommendation, rollUp: rollUp(byRec.get(recommendation.id) ?? [], today) }));
}

/** A roll-up for each agency that owns at least one action, in the file's agency order. */
export function rollUpByAgency(file: Pick<ReviewFile, 'agencies' | 'actions'>, today: string): Array<{ agency: Agency; rollUp: RollUp }> {
  const byOwner = groupBy(file.actions, (a) => a.ownerAgencyId);
  return file.agencies.flatMap((agency) => {
    const owned = byOwner.get(agency.id);
    return owned ? [{ agency, rollUp: rollUp(owned, today) }] : [];
  });
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

// The order a reviewer reads a plan's progress in: work going well, then what needs help.
const SUMMARY_ORDER: readonly ActionStatus[] = ['on-track', 'at-risk', 'off-track', 'complete', 'not-started'];

/**
 * One line of words for a roll-up, e.g. "11 actions: 4 on track, 2 at risk, 1 off track,
 * 3 complete, 1 not started; 2 overdue". Statuses with no actions are left out.
 */
export function summariseRollUp(summary: RollUp): string {
  if (summary.total === 0) return 'No actions yet.';
  const parts = SUMMARY_ORDER.filter((s) => summary.counts[s] > 0).map((s) => `${summary.counts[s]} ${ragOf(s).label.toLowerCase()}`);
  const overdue = summary.overdue === 0 ? 'none overdue' : `${summary.overdue} overdue`;
  return `${plural(summary.total, 'action')}: ${parts.join(', ')}; ${overdue}`;
}
