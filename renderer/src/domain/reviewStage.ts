/**
 * Where a review stands. The stored `review.stage` is what the Reviews list shows; it
 * follows the work forward (a review with findings is at least analysing) and the
 * reviewer may move it on themselves ("Mark Engage as done") or close the review.
 */
import type { ReviewFile, Stage } from './reviewFile.ts';
import { STAGES } from './reviewFile.ts';

/** The six stages with a screen, in order (every stage but `closed`). */
export type WorkStage = Exclude<Stage, 'closed'>;
export const WORK_STAGES = STAGES.filter((s): s is WorkStage => s !== 'closed');

/** What the work so far contains: enough to say which stage it has reached. */
export interface WorkFacts {
  hasEngagements: boolean;
  hasPassages: boolean;
  hasFindings: boolean;
  hasRecommendations: boolean;
  /** The reviewer's own words for the report (executive summary or local context). */
  hasOwnWords: boolean;
  hasActions: boolean;
}

/** The facts of a whole review file. */
export function workFacts(file: Pick<ReviewFile, 'review' | 'engagements' | 'excerpts' | 'findings' | 'recommendations' | 'actions'>): WorkFacts {
  return {
    hasEngagements: file.engagements.length > 0,
    hasPassages: file.excerpts.length > 0,
    hasFindings: file.findings.length > 0,
    hasRecommendations: file.recommendations.length > 0,
    hasOwnWords: hasText(file.review.summary) || hasText(file.review.localContext),
    hasActions: file.actions.length > 0,
  };
}

function hasText(value: string | undefined): boolean {
  return value !== undefined && /\S/.test(value);
}

/** The furthest stage the work has reached: actions mean follow-up, findings analysis, and so on. */
export function stageOfWork(facts: WorkFacts): WorkStage {
  if (facts.hasActions) return 'follow-up';
  if (facts.hasOwnWords) return 'report';
  if (facts.hasRecommendations) return 'recommend';
  if (facts.hasPassages || facts.hasFindings) return 'analyse';
  if (facts.hasEngagements) return 'engage';
  return 'scope';
}

/** The stage a review's work suggests. */
export function suggestedStage(file: Pick<ReviewFile, 'review' | 'engagements' | 'excerpts' | 'findings' | 'recommendations' | 'actions'>): WorkStage {
  return stageOfWork(workFacts(file));
}

/** Position of a stage in the review's life (closed last). */
export function stageRank(stage: Stage): number {
  return STAGES.indexOf(stage);
}

/**
 * The stage to store when the work has reached `worked`: forward only, so a reviewer who
 * moved on ahead of the work, or closed the review, is never pulled back. Returns
 * undefined when the stored stage should stay.
 */
export function advancedStage(stored: Stage, worked: WorkStage): WorkStage | undefined {
  return stageRank(worked) > stageRank(stored) ? worked : undefined;
}

/** The stage after `stage`, or undefined after follow-up (closing is a separate step). */
export function nextStage(stage: WorkStage): WorkStage | undefined {
  return WORK_STAGES[WORK_STAGES.indexOf(stage) + 1];
}
