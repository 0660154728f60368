import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../test/helpers/testDb.ts';
import { SELF_STUDY } from '../domain/training/attempt.ts';
import { parseCourse } from '../domain/training/index.ts';
import { ResultsFileError } from '../domain/training/resultsFile.ts';
import type { LocalReviewDb } from './database.ts';
import { createCohort, deleteAttempt, deleteCohort, restoreTrainingResults, saveAnswer, startAttempt, TrainingError } from './trainingRepository.ts';

const course = parseCourse(JSON.parse(readFileSync(new URL('../../../templates/training/county-lines-working-knowledge.json', import.meta.url), 'utf8')));
const person = (code: string) => ({ code, sector: 'education' as const, agency: 'Northgate Academy', role: 'Teacher' });

/** Two cohorts of two participants (each with an answer saved) and one self-study attempt. */
async function workshop(db: LocalReviewDb) {
  const first = await createCohort(db, course, 'Morning', ['language']);
  const second = await createCohort(db, course, 'Afternoon', ['language', 'contextual']);
  const attempts = [];
  for (const [cohort, code] of [[first, 'A-1'], [first, 'A-2'], [second, 'B-1'], [second, 'B-2']] as const) {
    const attempt = await startAttempt(db, course, cohort.id, person(code), cohort.moduleIds);
    attempts.push(await saveAnswer(db, course, attempt.id, 'pre', course.check[0]!, ['a'], false));
  }
  const alone = await startAttempt(db, course, SELF_STUDY, person('S-1'), course.modules.map((m) => m.id));
  return { first, second, attempts, alone };
}

/** Every training row, as stored (read back through the encryption). */
async function everything(db: LocalReviewDb) {
  const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
  return { cohorts: byId(await db.trainingCohorts.toArray()), attempts: byId(await db.trainingAttempts.toArray()) };
}

describe('deleting training results', () => {
  it('deletes one attempt, and Undo puts back the identical row', async () => {
    const db = freshDb();
    const { attempts } = await workshop(db);
    const before = await everything(db);
    const target = attempts[1]!;
    const deleted = await deleteAttempt(db, target.id);
    expect(deleted).toEqual({ cohort: null, attempts: [target] });
    const after = await everything(db);
    expect(after.cohorts).toEqual(before.cohorts);
    expect(after.attempts).toEqual(before.attempts.filter((a) => a.id !== target.id));
    await restoreTrainingResults(db, deleted);
    expect(await everything(db)).toEqual(before);
    await expect(deleteAttempt(db, 'not-here')).rejects.toBeInstanceOf(TrainingError);
  });

  it('deletes a cohort with all its attempts and nothing of another cohort or self-study; Undo restores them identically', async () => {
    const db = freshDb();
    const { first, second, alone } = await workshop(db);
    const before = await everything(db);
    const deleted = await deleteCohort(db, first.id);
    expect(deleted.cohort).toEqual(first);
    expect(deleted.attempts.map((a) => a.participant.code).sort()).toEqual(['A-1', 'A-2']);
    const after = await everything(db);
    expect(after.cohorts).toEqual([second]);
    expect(after.attempts).toEqual(before.attempts.filter((a) => a.cohortId !== first.id));
    expect(after.attempts.map((a) => a.id)).toContain(alone.id);
    await restoreTrainingResults(db, deleted);
    expect(await everything(db)).toEqual(before);
    await expect(deleteCohort(db, SELF_STUDY)).rejects.toBeInstanceOf(TrainingError);
  });

  it('deletes an empty cohort, and Undo brings it back', async () => {
    const db = freshDb();
    const cohort = await createCohort(db, course, 'Nobody came', ['language']);
    const deleted = await deleteCohort(db, cohort.id);
    expect(deleted).toEqual({ cohort, attempts: [] });
    expect(await db.trainingCohorts.count()).toBe(0);
    await restoreTrainingResults(db, deleted);
    expect(await db.trainingCohorts.get(cohort.id)).toEqual(cohort);
  });

  it('puts nothing back over results that have returned, a code used again, or a cohort since deleted', async () => {
    const db = freshDb();
    const { first, attempts } = await workshop(db);
    const one = await deleteAttempt(db, attempts[0]!.id);
    const again = await startAttempt(db, course, first.id, person('a-1'), first.moduleIds);
    const snapshot = await everything(db);
    await expect(restoreTrainingResults(db, one)).rejects.toThrow('The code A-1 has been used again since, so nothing was put back.');
    expect(await everything(db)).toEqual(snapshot);

    await deleteAttempt(db, again.id);
    const cohort = await deleteCohort(db, first.id);
    await expect(restoreTrainingResults(db, one)).rejects.toThrow('Participant A-1’s cohort has been deleted, so nothing was put back.');
    await restoreTrainingResults(db, cohort);
    await expect(restoreTrainingResults(db, cohort)).rejects.toBeInstanceOf(TrainingError);
    expect((await everything(db)).attempts).toHaveLength(snapshot.attempts.length - 1);
  });

  it('checks the rows with the results file schemas before writing, naming the first bad field', async () => {
    const db = freshDb();
    const { attempts } = await workshop(db);
    const deleted = await deleteAttempt(db, attempts[0]!.id);
    const bad = { cohort: null, attempts: [{ ...deleted.attempts[0]!, participant: { ...deleted.attempts[0]!.participant, code: 'Jane Smith' } }] };
    const error = await restoreTrainingResults(db, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResultsFileError);
    expect((error as Error).message).toContain('attempts[0].participant.code');
    expect(await db.trainingAttempts.get(attempts[0]!.id)).toBeUndefined();
  });
});
