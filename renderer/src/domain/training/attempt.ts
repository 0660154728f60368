/**
 * A participant's attempt at a course and a facilitator's cohort, as stored and as carried
 * in a results file. A participant is a code, a sector (and optionally an agency) and a
 * role: never a name. Where an attempt stands is worked out from its answers alone, so
 * saving after every answer is all that stopping and resuming needs.
 */
import { z } from 'zod';
import { SECTORS } from '../reviewFile.ts';
import type { Course, CourseModule, Scenario, ScenarioStep } from './courseSchema.ts';
import { percent, scoreItems, type Score } from './scoring.ts';

/** The cohort id of attempts taken alone, outside any facilitated session. */
export const SELF_STUDY = 'self-study';

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'expected a lower-case UUID');
const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/, 'expected a UTC time such as 2026-03-03T14:05:00Z');
const itemId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an item id').max(60);
const shortText = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);
const answersSchema = z.record(itemId, z.array(itemId).max(20)).refine((r) => Object.keys(r).length <= 2000, 'too many answers');

/** A participant code: letters, digits and hyphens, so it can never be a person's name with spaces. */
export const PARTICIPANT_CODE = /^[A-Za-z0-9][A-Za-z0-9-]{0,19}$/;

export const participantSchema = z.strictObject({
  code: z.string().regex(PARTICIPANT_CODE, 'a participant code is 1 to 20 letters, digits or hyphens, e.g. "P-07"'),
  sector: z.enum(SECTORS),
  agency: shortText(120).optional(),
  role: shortText(120),
});
export const cohortSchema = z.strictObject({
  id: uuid,
  courseId: itemId,
  courseVersion: z.int().min(1),
  name: shortText(120),
  moduleIds: z.array(itemId).min(1).max(50),
  createdAt: instant,
});
export const attemptSchema = z.strictObject({
  id: uuid,
  cohortId: z.union([uuid, z.literal(SELF_STUDY)]),
  courseId: itemId,
  courseVersion: z.int().min(1),
  participant: participantSchema,
  moduleIds: z.array(itemId).min(1).max(50),
  /** The short check before the course, after it, and the course's own items. */
  pre: answersSchema,
  answers: answersSchema,
  post: answersSchema,
  createdAt: instant,
  updatedAt: instant,
  completedAt: instant.optional(),
});

export type Participant = z.infer<typeof participantSchema>;
export type TrainingCohort = z.infer<typeof cohortSchema>;
export type TrainingAttempt = z.infer<typeof attemptSchema>;
export type Answers = Record<string, string[]>;

/** What the participant sees next. */
export type AttemptStep =
  | { kind: 'check'; phase: 'pre' | 'post'; questionId: string; index: number; count: number }
  | { kind: 'question'; module: CourseModule; questionId: string; index: number; count: number }
  | { kind: 'scenario'; module: CourseModule; scenario: Scenario; step: ScenarioStep; path: string[] }
  | { kind: 'done' };

/** The step a scenario has reached along `path`, or null when the path has ended. */
export function scenarioPosition(scenario: Scenario, path: readonly string[]): ScenarioStep | null {
  const byId = new Map(scenario.steps.map((s) => [s.id, s]));
  let step: ScenarioStep | undefined = scenario.steps[0];
  for (const choiceId of path) {
    const choice = step?.choices.find((c) => c.id === choiceId);
    if (!choice || choice.next === undefined) return null;
    step = byId.get(choice.next);
  }
  return step ?? null;
}

/** The modules an attempt covers, in course order. */
export function attemptModules(course: Course, moduleIds: readonly string[]): CourseModule[] {
  const wanted = new Set(moduleIds);
  return course.modules.filter((m) => wanted.has(m.id));
}

/** The first thing not yet answered: the check, each module's questions then scenarios, the check again. */
export function nextStep(course: Course, attempt: Pick<TrainingAttempt, 'moduleIds' | 'pre' | 'answers' | 'post'>): AttemptStep {
  const count = course.check.length;
  const preIndex = course.check.findIndex((id) => !Object.hasOwn(attempt.pre, id));
  if (preIndex >= 0) return { kind: 'check', phase: 'pre', questionId: course.check[preIndex]!, index: preIndex, count };
  for (const module of attemptModules(course, attempt.moduleIds)) {
    const qIndex = module.questions.findIndex((q) => !Object.hasOwn(attempt.answers, q.id));
    if (qIndex >= 0) return { kind: 'question', module, questionId: module.questions[qIndex]!.id, index: qIndex, count: module.questions.length };
    for (const scenario of module.scenarios) {
      const path = attempt.answers[scenario.id] ?? [];
      const step = scenarioPosition(scenario, path);
      if (step) return { kind: 'scenario', module, scenario, step, path };
    }
  }
  const postIndex = course.check.findIndex((id) => !Object.hasOwn(attempt.post, id));
  if (postIndex >= 0) return { kind: 'check', phase: 'post', questionId: course.check[postIndex]!, index: postIndex, count };
  return { kind: 'done' };
}

/** Records one answer (a scenario choice extends its path); returns a new answers object. */
export function withAnswer(answers: Answers, itemId: string, choiceIds: readonly string[], isScenario: boolean): Answers {
  const next = { ...answers };
  next[itemId] = isScenario ? [...(answers[itemId] ?? []), ...choiceIds] : [...choiceIds];
  return next;
}

export interface AttemptResult {
  /** The course's items in the attempt's modules. */
  score: Score;
  byModule: Array<{ module: CourseModule; score: Score }>;
  percent: number;
  passed: boolean;
  pre: Score;
  post: Score;
  complete: boolean;
}

/** The attempt's result over its own modules; the pass mark is the course's. */
export function attemptResult(course: Course, attempt: TrainingAttempt): AttemptResult {
  const modules = attemptModules(course, attempt.moduleIds);
  const byModule = modules.map((module) => ({
    module,
    score: scoreItems(course, attempt.answers, [...module.questions.map((q) => q.id), ...module.scenarios.map((s) => s.id)]),
  }));
  const score = byModule.reduce((sum, m) => ({ total: sum.total + m.score.total, correct: sum.correct + m.score.correct }), { total: 0, correct: 0 });
  const pct = percent(score);
  return {
    score, byModule, percent: pct, passed: pct >= course.passMark,
    pre: scoreItems(course, attempt.pre, course.check),
    post: scoreItems(course, attempt.post, course.check),
    complete: nextStep(course, attempt).kind === 'done',
  };
}
