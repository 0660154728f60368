/**
 * The training course as data (templates/training/*.json): modules of teaching text,
 * knowledge questions and scenarios that unfold in steps. Course leads edit these files
 * without touching code, so each is checked here before the app relies on it: first its
 * shape (zod), then the references inside it (right answers, next steps, unique ids).
 * Pure TypeScript: no React, Dexie or DOM. Every check is a loop over the parsed data,
 * never a recursion on the input's depth.
 */
import { z } from 'zod';

export const COURSE_FORMAT = 'local-review-training-course';
export const COURSE_FORMAT_VERSION = 1;

const idSchema = z.string().max(60, 'an id has at most 60 characters').regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  'expected an id of lower-case letters, digits and single hyphens, e.g. "signs-1"');
// Course text reaches the screen, a Word certificate and a standalone web page as plain text.
const textSchema = z.string().trim().min(1, 'must not be empty').max(2000, 'at most 2,000 characters')
  .refine((s) => !/<\/?[a-z][^<>]*>/i.test(s), 'plain text only: remove the HTML or XML tag');

export const choiceSchema = z.strictObject({ id: idSchema, text: textSchema });
export const questionSchema = z.strictObject({
  id: idSchema,
  prompt: textSchema,
  choices: z.array(choiceSchema).min(2, 'a question needs at least two choices').max(8, 'at most 8 choices'),
  /** The ids of the right choices: one for a single answer, several for "select all that apply". */
  correct: z.array(idSchema).max(8),
  /** Shown after answering: why the right answer is right. */
  explanation: textSchema,
});
export const scenarioChoiceSchema = z.strictObject({
  id: idSchema,
  text: textSchema,
  /** Why this choice helps or does not, shown once it is chosen. */
  feedback: textSchema,
  /** The choice an experienced practitioner would make; exactly one per step. */
  best: z.boolean(),
  /** The step this choice leads to (a later step of the same scenario); absent: the scenario ends. */
  next: idSchema.optional(),
});
export const scenarioStepSchema = z.strictObject({
  id: idSchema,
  situation: textSchema,
  choices: z.array(scenarioChoiceSchema).min(2, 'a step needs at least two choices').max(6, 'at most 6 choices'),
});
export const scenarioSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  setting: textSchema,
  /** The first step is where the scenario starts. */
  steps: z.array(scenarioStepSchema).min(1, 'a scenario needs at least one step').max(20, 'at most 20 steps'),
});
export const moduleSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  summary: textSchema,
  /** The teaching text, one paragraph each. */
  content: z.array(textSchema).min(1, 'a module needs some teaching text').max(40),
  /** Abbreviations from templates/glossary.json shown with this module. */
  glossary: z.array(textSchema).max(60).optional(),
  questions: z.array(questionSchema).max(100),
  scenarios: z.array(scenarioSchema).max(50),
});
export const courseSchema = z.strictObject({
  format: z.literal(COURSE_FORMAT, { error: `expected "${COURSE_FORMAT}"` }),
  formatVersion: z.literal(COURSE_FORMAT_VERSION, { error: `expected ${COURSE_FORMAT_VERSION}; this app reads course files of format version 1` }),
  id: idSchema,
  /** The course's own edition: results only merge with the same id and version. */
  version: z.int().min(1).max(10_000),
  title: textSchema,
  summary: textSchema,
  /** The percentage of items right that passes. */
  passMark: z.int().min(1).max(100),
  /** Question ids asked before and again after the course (the short check). */
  check: z.array(idSchema).min(1, 'the check needs at least one question').max(20),
  modules: z.array(moduleSchema).min(1, 'a course needs at least one module').max(50),
});

export type Choice = z.infer<typeof choiceSchema>;
export type Question = z.infer<typeof questionSchema>;
export type ScenarioChoice = z.infer<typeof scenarioChoiceSchema>;
export type ScenarioStep = z.infer<typeof scenarioStepSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
export type CourseModule = z.infer<typeof moduleSchema>;
export type Course = z.infer<typeof courseSchema>;

/** One problem, its path formatted like `modules[2].questions[0].correct`. */
export interface CourseProblem { path: string; message: string }

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out = typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part);
  return out;
}

/** Notes each value's first path and reports later repeats. */
function uniqueIn(seen: Map<string, string>, problems: CourseProblem[], value: string, path: string, noun: string) {
  const first = seen.get(value);
  if (first === undefined) seen.set(value, path);
  else problems.push({ path, message: `duplicate ${noun} "${value}" (first at ${first})` });
}

function scenarioProblems(s: Scenario, at: string, problems: CourseProblem[]) {
  const stepIndex = new Map<string, number>();
  const steps = new Map<string, string>();
  s.steps.forEach((step, i) => {
    uniqueIn(steps, problems, step.id, `${at}.steps[${i}].id`, 'step id');
    if (!stepIndex.has(step.id)) stepIndex.set(step.id, i);
  });
  // Choice ids are unique across the scenario: an answer to a scenario is its path of choices.
  const choices = new Map<string, string>();
  s.steps.forEach((step, i) => {
    const stepAt = `${at}.steps[${i}]`;
    const best = step.choices.filter((c) => c.best).length;
    if (best !== 1) problems.push({ path: `${stepAt}.choices`, message: `exactly one choice must be the best (found ${best})` });
    step.choices.forEach((c, j) => {
      uniqueIn(choices, problems, c.id, `${stepAt}.choices[${j}].id`, 'choice id');
      if (c.next === undefined) return;
      const target = stepIndex.get(c.next);
      const path = `${stepAt}.choices[${j}].next`;
      if (target === undefined) problems.push({ path, message: `points to step "${c.next}", which is not in this scenario` });
      // Forward only, so every path through a scenario ends.
      else if (target <= i) problems.push({ path, message: `points back to step "${c.next}"; a step may only lead to a later step` });
    });
  });
}

/** Cross-checks inside a course whose shape is valid: unique ids, right answers, next steps, the check. */
export function findCourseProblems(course: Course): CourseProblem[] {
  const problems: CourseProblem[] = [];
  const modules = new Map<string, string>();
  // Questions and scenarios share one namespace: both are items a participant answers.
  const items = new Map<string, string>();
  const questionIds = new Set<string>();
  course.modules.forEach((m, i) => {
    const mAt = `modules[${i}]`;
    uniqueIn(modules, problems, m.id, `${mAt}.id`, 'module id');
    if (m.questions.length + m.scenarios.length === 0) problems.push({ path: `${mAt}.questions`, message: 'a module needs at least one question or scenario' });
    m.questions.forEach((q, j) => {
      const at = `${mAt}.questions[${j}]`;
      uniqueIn(items, problems, q.id, `${at}.id`, 'item id');
      questionIds.add(q.id);
      const choices = new Map<string, string>();
      q.choices.forEach((c, k) => uniqueIn(choices, problems, c.id, `${at}.choices[${k}].id`, 'choice id'));
      if (q.correct.length === 0) problems.push({ path: `${at}.correct`, message: 'a question needs at least one right answer' });
      const right = new Map<string, string>();
      q.correct.forEach((id, k) => {
        uniqueIn(right, problems, id, `${at}.correct[${k}]`, 'right answer');
        if (!choices.has(id)) problems.push({ path: `${at}.correct[${k}]`, message: `names choice "${id}", which this question does not have` });
      });
      if (q.correct.length > 0 && q.correct.length === q.choices.length) problems.push({ path: `${at}.correct`, message: 'every choice is right; at least one must be wrong' });
    });
    m.scenarios.forEach((s, j) => {
      uniqueIn(items, problems, s.id, `${mAt}.scenarios[${j}].id`, 'item id');
      scenarioProblems(s, `${mAt}.scenarios[${j}]`, problems);
    });
  });
  const check = new Map<string, string>();
  course.check.forEach((id, i) => {
    uniqueIn(check, problems, id, `check[${i}]`, 'check question');
    if (!questionIds.has(id)) problems.push({ path: `check[${i}]`, message: `names question "${id}", which is not in the course` });
  });
  return problems;
}

export type CourseValidation = { ok: true; course: Course } | { ok: false; problems: CourseProblem[] };

/** Checks shape then references; never throws. */
export function validateCourse(input: unknown): CourseValidation {
  const parsed = courseSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: pathText(issue.path),
        message: issue.input === undefined && issue.path.length > 0 ? 'required field is missing' : issue.message,
      })),
    };
  }
  const problems = findCourseProblems(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, course: parsed.data };
}

/** Raised for a course that fails validation; `problems` lists every one, the message the first. */
export class CourseError extends Error {
  override readonly name = 'CourseError';
  constructor(readonly problems: CourseProblem[]) {
    const first = problems[0];
    super(first ? `The course is not valid: ${first.path || '(file)'}: ${first.message}` : 'The course is not valid');
  }
}
