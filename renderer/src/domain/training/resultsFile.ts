/**
 * The training results file: one cohort's attempts (or self-study attempts) carried from
 * another laptop or from the standalone course page to the facilitator's app. Validated
 * all or nothing: another course or version, a changed byte (the SHA-256 integrity digest
 * no longer matches) or a cut-off file is refused with one plain sentence.
 * The digest detects accidental damage and casual editing; it is not a signature.
 */
import { z } from 'zod';
import { attemptSchema, cohortSchema, SELF_STUDY, type TrainingAttempt, type TrainingCohort } from './attempt.ts';
import type { Course } from './courseSchema.ts';
import { assertKnownItems, UnknownItemError } from './scoring.ts';
import { sha256Hex } from './sha256.ts';

export const RESULTS_FORMAT = 'local-review-training-results';
export const RESULTS_FORMAT_VERSION = 1;
/** Far more than any workshop; stops a pasted file from hanging the app. */
export const MAX_RESULTS_ATTEMPTS = 2000;

export const resultsBodySchema = z.strictObject({
  format: z.literal(RESULTS_FORMAT),
  formatVersion: z.literal(RESULTS_FORMAT_VERSION),
  courseId: z.string().min(1).max(60),
  courseVersion: z.int().min(1),
  exportedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/),
  /** Null for self-study attempts. */
  cohort: cohortSchema.nullable(),
  attempts: z.array(attemptSchema).max(MAX_RESULTS_ATTEMPTS),
});
export const resultsFileSchema = resultsBodySchema.extend({
  integrity: z.strictObject({ algorithm: z.literal('SHA-256'), digest: z.string().regex(/^[0-9a-f]{64}$/) }),
});

export type ResultsBody = z.infer<typeof resultsBodySchema>;
export type ResultsFile = z.infer<typeof resultsFileSchema>;

/** Raised for a results file that cannot be imported; the message is for the facilitator. */
export class ResultsFileError extends Error {
  override readonly name = 'ResultsFileError';
}

const KEY = Symbol('key');

/**
 * JSON with object keys sorted, so the digest does not depend on who wrote the file.
 * Iterative (an explicit stack), so no input depth can overflow the call stack.
 */
export function canonicalJson(value: unknown): string {
  let out = '';
  const stack: unknown[] = [value];
  const CLOSE_ARRAY = Symbol('close-array');
  const CLOSE_OBJECT = Symbol('close-object');
  const COMMA = Symbol('comma');
  while (stack.length) {
    const item = stack.pop();
    if (item === CLOSE_ARRAY) { out += ']'; continue; }
    if (item === CLOSE_OBJECT) { out += '}'; continue; }
    if (item === COMMA) { out += ','; continue; }
    if (typeof item === 'object' && item !== null && 'key' in item && (item as { marker?: unknown }).marker === KEY) {
      out += `${JSON.stringify((item as { key: string }).key)}:`;
      continue;
    }
    if (Array.isArray(item)) {
      out += '[';
      stack.push(CLOSE_ARRAY);
      for (let i = item.length - 1; i >= 0; i--) {
        stack.push(item[i]);
        if (i > 0) stack.push(COMMA);
      }
    } else if (typeof item === 'object' && item !== null) {
      out += '{';
      stack.push(CLOSE_OBJECT);
      const entries = Object.entries(item).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, v] = entries[i]!;
        stack.push(v, { marker: KEY, key: k });
        if (i > 0) stack.push(COMMA);
      }
    } else {
      out += JSON.stringify(item) ?? 'null';
    }
  }
  return out;
}
/** The digest of a results body. */
export function resultsDigest(body: ResultsBody): string {
  return sha256Hex(canonicalJson(body));
}

/** A results file for `attempts` of `cohort` (null: self-study), with its digest. */
export function buildResultsFile(course: Course, cohort: TrainingCohort | null, attempts: readonly TrainingAttempt[], exportedAt: string): ResultsFile {
  const body: ResultsBody = {
    format: RESULTS_FORMAT, formatVersion: RESULTS_FORMAT_VERSION,
    courseId: course.id, courseVersion: course.version, exportedAt,
    cohort, attempts: [...attempts],
  };
  return { ...body, integrity: { algorithm: 'SHA-256', digest: resultsDigest(body) } };
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it is not valid';
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  return `${path || 'the file'}: ${issue.message}`;
}

/** The rows a results file carries, without its cap on attempts: what a delete takes away and Undo puts back. */
export const resultsRowsSchema = z.strictObject({ cohort: cohortSchema.nullable(), attempts: z.array(attemptSchema) });
export type ResultsRows = z.infer<typeof resultsRowsSchema>;

/** Checks rows about to be written back (Undo of a delete); throws ResultsFileError naming the first bad field. */
export function checkResultsRows(rows: unknown): ResultsRows {
  const parsed = resultsRowsSchema.safeParse(rows);
  if (!parsed.success) throw new ResultsFileError(`The deleted results are not valid (${firstIssue(parsed.error)}), so nothing was put back.`);
  return parsed.data;
}

/** Reads a results file's text for `course`; throws ResultsFileError saying what is wrong. */
export function parseResultsFile(text: string, course: Course): ResultsFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new ResultsFileError('This results file is incomplete or damaged (it is not whole JSON), perhaps cut short while copying. Nothing was imported.');
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== RESULTS_FORMAT) {
    throw new ResultsFileError('This is not a training results file. Nothing was imported.');
  }
  const parsed = resultsFileSchema.safeParse(data);
  if (!parsed.success) throw new ResultsFileError(`This results file is not valid (${firstIssue(parsed.error)}). Nothing was imported.`);
  const file = parsed.data;
  if (file.courseId !== course.id || file.courseVersion !== course.version) {
    throw new ResultsFileError(`These results are for the course "${file.courseId}" version ${file.courseVersion}, not "${course.id}" version ${course.version}. Nothing was imported.`);
  }
  const { integrity, ...body } = file;
  if (resultsDigest(body) !== integrity.digest) {
    throw new ResultsFileError('This results file has been changed since it was saved (its integrity check does not match). Nothing was imported.');
  }
  const moduleIds = new Set(course.modules.map((m) => m.id));
  for (const attempt of file.attempts) {
    const expectedCohort = file.cohort?.id ?? SELF_STUDY;
    if (attempt.cohortId !== expectedCohort || attempt.courseId !== course.id || attempt.courseVersion !== course.version) {
      throw new ResultsFileError(`Participant ${attempt.participant.code}'s attempt belongs to another cohort or course. Nothing was imported.`);
    }
    const unknownModule = attempt.moduleIds.find((id) => !moduleIds.has(id));
    if (unknownModule) throw new ResultsFileError(`Participant ${attempt.participant.code}'s attempt names the module "${unknownModule}", which this course does not have. Nothing was imported.`);
    try {
      for (const answers of [attempt.pre, attempt.answers, attempt.post]) assertKnownItems(course, answers);
    } catch (e) {
      if (e instanceof UnknownItemError) throw new ResultsFileError(`${e.message} Nothing was imported.`);
      throw e;
    }
  }
  return file;
}

/** What an import will write: the cohort if new, attempts new or newer than the copy here. */
export interface ResultsMerge {
  cohort: TrainingCohort | null;
  attempts: TrainingAttempt[];
  unchanged: number;
}

/** Plans a merge: attempts already here are replaced only by a later copy of themselves. */
export function planResultsMerge(file: ResultsFile, cohortExists: boolean, existing: ReadonlyMap<string, TrainingAttempt>): ResultsMerge {
  const attempts: TrainingAttempt[] = [];
  let unchanged = 0;
  for (const attempt of file.attempts) {
    const here = existing.get(attempt.id);
    if (here && (here.cohortId !== attempt.cohortId || here.participant.code !== attempt.participant.code)) {
      throw new ResultsFileError(`An attempt in this file has the same id as a different attempt on this computer (participant ${here.participant.code}). Nothing was imported.`);
    }
    if (here && here.updatedAt >= attempt.updatedAt) unchanged += 1;
    else attempts.push(attempt);
  }
  return { cohort: file.cohort && !cohortExists ? file.cohort : null, attempts, unchanged };
}
