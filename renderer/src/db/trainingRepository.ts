/**
 * Training cohorts and attempts: the only code that writes them. An attempt is saved after
 * every answer, so a participant can stop (or the laptop can die) and resume where they
 * were. Rows are sealed at rest by the database's encryption like every other table.
 */
import type { LocalReviewDb } from './database.ts';
import { newId, nowInstant } from '../domain/ids.ts';
import { nextStep, SELF_STUDY, withAnswer, type Participant, type TrainingAttempt, type TrainingCohort } from '../domain/training/attempt.ts';
import type { Course } from '../domain/training/courseSchema.ts';
import { planResultsMerge, ResultsFileError, type ResultsFile } from '../domain/training/resultsFile.ts';

/** Raised when a participant cannot be added (a code already used in the cohort). */
export class TrainingError extends Error {
  override readonly name = 'TrainingError';
}

/** Starts a facilitated cohort for `moduleIds` of `course`; returns it. */
export async function createCohort(db: LocalReviewDb, course: Course, name: string, moduleIds: string[]): Promise<TrainingCohort> {
  const cohort: TrainingCohort = { id: newId(), courseId: course.id, courseVersion: course.version, name, moduleIds, createdAt: nowInstant() };
  await db.trainingCohorts.add(cohort);
  return cohort;
}

/** Starts an attempt in a cohort (or self-study); a code is used once per cohort and course version. */
export async function startAttempt(db: LocalReviewDb, course: Course, cohortId: string, participant: Participant, moduleIds: string[]): Promise<TrainingAttempt> {
  // Reading the cohort's attempts and adding one stay together, so two clicks cannot both pass the check.
  return db.transaction('rw', db.trainingAttempts, async () => {
    const existing = await db.trainingAttempts.where('cohortId').equals(cohortId).toArray();
    const taken = existing.find((a) => a.courseId === course.id && a.courseVersion === course.version && a.participant.code.toLowerCase() === participant.code.toLowerCase());
    if (taken) throw new TrainingError(`The code ${participant.code} is already used ${cohortId === SELF_STUDY ? 'for self-study' : 'in this cohort'}; resume that attempt or choose another code`);
    const now = nowInstant();
    const attempt: TrainingAttempt = {
      id: newId(), cohortId, courseId: course.id, courseVersion: course.version, participant, moduleIds,
      pre: {}, answers: {}, post: {}, createdAt: now, updatedAt: now,
    };
    await db.trainingAttempts.add(attempt);
    return attempt;
  });
}

/** One attempt, or null when it is not on this computer. */
export async function readAttempt(db: LocalReviewDb, attemptId: string): Promise<TrainingAttempt | null> {
  return (await db.trainingAttempts.get(attemptId)) ?? null;
}

/** Where an answer goes: the check before, the course's items, or the check after. */
export type AnswerPart = 'pre' | 'answers' | 'post';

/** Saves one answer at once (a scenario choice extends its path) and marks the attempt complete at its end. */
export async function saveAnswer(db: LocalReviewDb, course: Course, attemptId: string, part: AnswerPart, itemId: string, choiceIds: string[], isScenario: boolean): Promise<TrainingAttempt> {
  return db.transaction('rw', db.trainingAttempts, async () => {
    const attempt = await db.trainingAttempts.get(attemptId);
    if (!attempt) throw new TrainingError('This attempt is no longer on this computer');
    const now = nowInstant();
    const next: TrainingAttempt = { ...attempt, [part]: withAnswer(attempt[part], itemId, choiceIds, isScenario), updatedAt: now };
    if (!next.completedAt && nextStep(course, next).kind === 'done') next.completedAt = now;
    await db.trainingAttempts.put(next);
    return next;
  });
}

/** Adds a results file's cohort and attempts in one transaction; returns how many were added and left. */
export async function importResults(db: LocalReviewDb, file: ResultsFile): Promise<{ added: number; unchanged: number }> {
  // All or nothing: the cohort and every attempt are written together or not at all.
  return db.transaction('rw', db.trainingCohorts, db.trainingAttempts, async () => {
    const cohortExists = file.cohort ? (await db.trainingCohorts.get(file.cohort.id)) !== undefined : true;
    const here = await db.trainingAttempts.bulkGet(file.attempts.map((a) => a.id));
    const existing = new Map(here.filter((a): a is TrainingAttempt => a !== undefined).map((a) => [a.id, a]));
    const plan = planResultsMerge(file, cohortExists, existing);
    if (plan.attempts.length === 0 && !plan.cohort && file.attempts.length === 0) throw new ResultsFileError('This results file holds no attempts. Nothing was imported.');
    if (plan.cohort) await db.trainingCohorts.add(plan.cohort);
    await db.trainingAttempts.bulkPut(plan.attempts);
    return { added: plan.attempts.length, unchanged: plan.unchanged };
  });
}
