/**
 * Training cohorts and attempts: the only code that writes them. An attempt is saved after
 * every answer, so a participant can stop (or the laptop can die) and resume where they
 * were. Rows are sealed at rest by the database's encryption like every other table.
 */
import type { LocalReviewDb } from './database.ts';
import { newId, nowInstant } from '../domain/ids.ts';
import { nextStep, SELF_STUDY, withAnswer, type Participant, type TrainingAttempt, type TrainingCohort } from '../domain/training/attempt.ts';
import type { Course } from '../domain/training/courseSchema.ts';
import { checkResultsRows, planResultsMerge, ResultsFileError, type ResultsFile, type ResultsRows } from '../domain/training/resultsFile.ts';

/** Raised when a participant cannot be added (a code already used in the cohort). */
export class TrainingError extends Error {
  override readonly name = 'TrainingError';
}

/** Whether `attempt` already holds this participant code (any case) for the course version. */
function holdsCode(attempt: TrainingAttempt, courseId: string, courseVersion: number, code: string): boolean {
  return attempt.courseId === courseId && attempt.courseVersion === courseVersion && attempt.participant.code.toLowerCase() === code.toLowerCase();
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
    const taken = existing.find((a) => holdsCode(a, course.id, course.version, participant.code));
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

/** What a delete took away, kept in memory for Undo: a cohort (or null) and its attempts. */
export type DeletedTrainingResults = ResultsRows;

/** Deletes one participant's attempt; returns it for Undo. The cohort and other attempts are untouched. */
export async function deleteAttempt(db: LocalReviewDb, attemptId: string): Promise<DeletedTrainingResults> {
  return db.transaction('rw', db.trainingAttempts, async () => {
    const attempt = await db.trainingAttempts.get(attemptId);
    if (!attempt) throw new TrainingError('This participant’s results are no longer on this computer.');
    await db.trainingAttempts.delete(attemptId);
    return { cohort: null, attempts: [attempt] };
  });
}

/** Deletes a cohort and every attempt in it, together; returns them for Undo. Other cohorts are untouched. */
export async function deleteCohort(db: LocalReviewDb, cohortId: string): Promise<DeletedTrainingResults> {
  return db.transaction('rw', db.trainingCohorts, db.trainingAttempts, async () => {
    const cohort = await db.trainingCohorts.get(cohortId);
    if (!cohort) throw new TrainingError('This cohort is no longer on this computer.');
    const attempts = await db.trainingAttempts.where('cohortId').equals(cohortId).toArray();
    await db.trainingAttempts.bulkDelete(attempts.map((a) => a.id));
    await db.trainingCohorts.delete(cohortId);
    return { cohort, attempts };
  });
}

/**
 * Undo of deleteAttempt and deleteCohort: puts back exactly the rows that were deleted, all
 * or nothing. Each row is checked against the results file's schemas first, and nothing is
 * written over anything that has come back meanwhile (a results file imported again, or a
 * participant code used again in the cohort): the manager is told instead.
 */
export async function restoreTrainingResults(db: LocalReviewDb, deleted: DeletedTrainingResults): Promise<void> {
  checkResultsRows(deleted);
  const { cohort, attempts } = deleted;
  await db.transaction('rw', db.trainingCohorts, db.trainingAttempts, async () => {
    if (cohort && (await db.trainingCohorts.get(cohort.id))) throw new TrainingError(`The cohort “${cohort.name}” is on this computer again, so nothing was put back.`);
    if ((await db.trainingAttempts.bulkGet(attempts.map((a) => a.id))).some(Boolean)) throw new TrainingError('These results are on this computer again, so nothing was put back.');
    for (const attempt of attempts) {
      if (attempt.cohortId !== SELF_STUDY && attempt.cohortId !== cohort?.id && !(await db.trainingCohorts.get(attempt.cohortId))) {
        throw new TrainingError(`Participant ${attempt.participant.code}’s cohort has been deleted, so nothing was put back.`);
      }
      const others = await db.trainingAttempts.where('cohortId').equals(attempt.cohortId).toArray();
      const clash = others.find((a) => holdsCode(a, attempt.courseId, attempt.courseVersion, attempt.participant.code));
      if (clash) throw new TrainingError(`The code ${attempt.participant.code} has been used again since, so nothing was put back.`);
    }
    if (cohort) await db.trainingCohorts.add(cohort);
    await db.trainingAttempts.bulkAdd(attempts);
  });
}
