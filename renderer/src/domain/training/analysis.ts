/**
 * What training managers see: completion and scores by cohort, agency and sector, scores
 * before and after, the items most often missed and the choices made in scenarios. Pure,
 * so the results screen, the Excel export and the tests all read the same figures.
 */
import { SECTOR_LABELS } from '../labels.ts';
import { attemptModules, attemptResult, type AttemptResult, type TrainingAttempt } from './attempt.ts';
import type { Course } from './courseSchema.ts';
import { answerKey, isRight, percent, type Score } from './scoring.ts';

export interface AttemptRow { attempt: TrainingAttempt; result: AttemptResult }

/** Each attempt with its result, in the order given. */
export function attemptRows(course: Course, attempts: readonly TrainingAttempt[]): AttemptRow[] {
  return attempts.map((attempt) => ({ attempt, result: attemptResult(course, attempt) }));
}

export interface GroupSummary {
  group: string;
  participants: number;
  completed: number;
  /** Mean percentages over the attempts that reached each point; null when none did. */
  meanPre: number | null;
  meanPost: number | null;
  meanScore: number | null;
  passed: number;
}

const mean = (values: number[]) => (values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : null);

/** Completion and mean scores per group (a sector, an agency or a cohort), sorted by group. */
export function summariseBy(rows: readonly AttemptRow[], groupOf: (a: TrainingAttempt) => string): GroupSummary[] {
  const groups = new Map<string, AttemptRow[]>();
  for (const row of rows) {
    const key = groupOf(row.attempt);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'en-GB')).map(([group, members]) => {
    const done = members.filter((m) => m.result.complete);
    return {
      group,
      participants: members.length,
      completed: done.length,
      meanPre: mean(members.filter((m) => m.result.pre.total && Object.keys(m.attempt.pre).length === m.result.pre.total).map((m) => percent(m.result.pre))),
      meanPost: mean(done.map((m) => percent(m.result.post))),
      meanScore: mean(done.map((m) => m.result.percent)),
      passed: done.filter((m) => m.result.passed).length,
    };
  });
}

export const sectorGroup = (a: TrainingAttempt) => SECTOR_LABELS[a.participant.sector];
export const agencyGroup = (a: TrainingAttempt) => a.participant.agency ?? 'Agency not given';

export interface ItemAnalysis {
  itemId: string;
  moduleTitle: string;
  kind: 'question' | 'scenario';
  text: string;
  answered: number;
  correct: number;
  /** Answered but not right. */
  missed: number;
}

/** Every item someone answered, the most often missed first (then by share right). */
export function itemAnalysis(course: Course, attempts: readonly TrainingAttempt[]): ItemAnalysis[] {
  const key = answerKey(course);
  const rows: ItemAnalysis[] = [];
  for (const module of course.modules) {
    const items = [
      ...module.questions.map((q) => ({ id: q.id, kind: 'question' as const, text: q.prompt })),
      ...module.scenarios.map((s) => ({ id: s.id, kind: 'scenario' as const, text: s.title })),
    ];
    for (const item of items) {
      let answered = 0;
      let correct = 0;
      for (const a of attempts) {
        const chosen = a.answers[item.id];
        if (!chosen) continue;
        // A scenario counts once its path has ended; a question once answered.
        if (item.kind === 'scenario' && !scenarioFinished(course, item.id, chosen)) continue;
        answered += 1;
        if (isRight(chosen, key[item.id] ?? [])) correct += 1;
      }
      if (answered) rows.push({ itemId: item.id, moduleTitle: module.title, kind: item.kind, text: item.text, answered, correct, missed: answered - correct });
    }
  }
  return rows.sort((a, b) => b.missed - a.missed || a.correct / a.answered - b.correct / b.answered);
}

function scenarioFinished(course: Course, scenarioId: string, path: readonly string[]): boolean {
  for (const m of course.modules) {
    const s = m.scenarios.find((x) => x.id === scenarioId);
    if (!s) continue;
    const last = path.at(-1);
    return s.steps.some((step) => step.choices.some((c) => c.id === last && c.next === undefined));
  }
  return false;
}

export interface ScenarioChoiceCount {
  scenarioTitle: string;
  stepIndex: number;
  situation: string;
  choice: string;
  best: boolean;
  chosen: number;
}

/** How often each choice of each scenario step was made, over the attempts given. */
export function scenarioChoices(course: Course, attempts: readonly TrainingAttempt[]): ScenarioChoiceCount[] {
  const counts = new Map<string, number>();
  for (const a of attempts) {
    for (const module of attemptModules(course, a.moduleIds)) {
      for (const s of module.scenarios) for (const id of a.answers[s.id] ?? []) counts.set(`${s.id}/${id}`, (counts.get(`${s.id}/${id}`) ?? 0) + 1);
    }
  }
  const rows: ScenarioChoiceCount[] = [];
  for (const module of course.modules) {
    for (const s of module.scenarios) {
      s.steps.forEach((step, i) => {
        for (const c of step.choices) {
          rows.push({ scenarioTitle: s.title, stepIndex: i + 1, situation: step.situation, choice: c.text, best: c.best, chosen: counts.get(`${s.id}/${c.id}`) ?? 0 });
        }
      });
    }
  }
  return rows;
}

/** Only the scenarios somebody reached, for a shorter table. */
export function reachedScenarioChoices(course: Course, attempts: readonly TrainingAttempt[]): ScenarioChoiceCount[] {
  const all = scenarioChoices(course, attempts);
  const reached = new Set(all.filter((r) => r.chosen > 0).map((r) => r.scenarioTitle));
  return all.filter((r) => reached.has(r.scenarioTitle));
}

export type { Score };
