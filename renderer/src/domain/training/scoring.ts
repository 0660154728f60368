/**
 * Scoring: every question and every scenario is one item. A question is right when the
 * chosen choices are exactly its right ones; a scenario is right when the path taken is
 * exactly its best path. Unanswered items count as not right.
 */
import type { Course, CourseModule, Scenario } from './courseSchema.ts';

export interface Score { total: number; correct: number }
export interface AttemptScore extends Score { byModule: Record<string, Score> }

/** Counts for the course's front page. */
export function courseOutline(course: Course): { modules: number; questions: number; scenarios: number } {
  let questions = 0;
  let scenarios = 0;
  for (const m of course.modules) {
    questions += m.questions.length;
    scenarios += m.scenarios.length;
  }
  return { modules: course.modules.length, questions, scenarios };
}

/** The choices that follow the best choice at every step, from the first step to the end. */
export function bestPath(scenario: Scenario): string[] {
  const byId = new Map(scenario.steps.map((s) => [s.id, s]));
  const path: string[] = [];
  let step = scenario.steps[0];
  // Validation makes every `next` point forward, so this ends within steps.length turns.
  while (step && path.length < scenario.steps.length) {
    const best = step.choices.find((c) => c.best);
    if (!best) break;
    path.push(best.id);
    step = best.next === undefined ? undefined : byId.get(best.next);
  }
  return path;
}

/** Item id → the ids of the right choices (a scenario's: its best path, in order). */
export function answerKey(course: Course): Record<string, string[]> {
  const key: Record<string, string[]> = {};
  for (const m of course.modules) {
    for (const q of m.questions) key[q.id] = [...q.correct];
    for (const s of m.scenarios) key[s.id] = bestPath(s);
  }
  return key;
}

/** Which module each item belongs to. */
export function itemModules(course: Course): Map<string, CourseModule> {
  const map = new Map<string, CourseModule>();
  for (const m of course.modules) {
    for (const q of m.questions) map.set(q.id, m);
    for (const s of m.scenarios) map.set(s.id, m);
  }
  return map;
}

/** True when `chosen` holds exactly the ids in `right` (order aside). */
export function isRight(chosen: readonly string[] | undefined, right: readonly string[]): boolean {
  if (!chosen || chosen.length !== right.length) return false;
  const set = new Set(chosen);
  return set.size === right.length && right.every((id) => set.has(id));
}

/** Raised when answers name an item the course does not have (another course or version). */
export class UnknownItemError extends Error {
  override readonly name = 'UnknownItemError';
}

/** Throws UnknownItemError on the first answer to an item the course does not have. */
export function assertKnownItems(course: Course, answers: Record<string, readonly string[]>): void {
  const modules = itemModules(course);
  for (const id of Object.keys(answers)) {
    if (!modules.has(id)) throw new UnknownItemError(`The answers include "${id}", which is not an item of the course "${course.id}" version ${course.version}.`);
  }
}

/** Scores answers against the whole course, per module too; throws on an answer to an unknown item. */
export function scoreAttempt(course: Course, answers: Record<string, string[]>): AttemptScore {
  assertKnownItems(course, answers);
  const key = answerKey(course);
  const byModule: Record<string, Score> = {};
  let total = 0;
  let correct = 0;
  for (const m of course.modules) {
    const score = { total: 0, correct: 0 };
    for (const id of [...m.questions.map((q) => q.id), ...m.scenarios.map((s) => s.id)]) {
      score.total += 1;
      if (Object.hasOwn(answers, id) && isRight(answers[id], key[id] ?? [])) score.correct += 1;
    }
    byModule[m.id] = score;
    total += score.total;
    correct += score.correct;
  }
  return { total, correct, byModule };
}

/** Scores only the named items (the short check); throws on an answer to an unknown item. */
export function scoreItems(course: Course, answers: Record<string, string[]>, itemIds: readonly string[]): Score {
  assertKnownItems(course, answers);
  const key = answerKey(course);
  let correct = 0;
  for (const id of itemIds) if (Object.hasOwn(answers, id) && isRight(answers[id], key[id] ?? [])) correct += 1;
  return { total: itemIds.length, correct };
}

/** A whole percentage, 0 for nothing to score. */
export function percent(score: Score): number {
  return score.total === 0 ? 0 : Math.round((100 * score.correct) / score.total);
}
