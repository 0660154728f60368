import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../test/helpers/testDb.ts';
import { nextStep, SELF_STUDY } from '../domain/training/attempt.ts';
import { parseCourse } from '../domain/training/index.ts';
import { buildResultsFile, ResultsFileError } from '../domain/training/resultsFile.ts';
import { createCohort, importResults, saveAnswer, startAttempt, TrainingError } from './trainingRepository.ts';

const course = parseCourse(JSON.parse(readFileSync(new URL('../../../templates/training/county-lines-working-knowledge.json', import.meta.url), 'utf8')));
const someone = { code: 'P-01', sector: 'education' as const, role: 'Teacher' };

describe('training repository', () => {
  it('saves every answer at once, so a resumed attempt carries on where it stopped, and completes at the end', async () => {
    const db = freshDb();
    const cohort = await createCohort(db, course, 'Workshop', ['language', 'contextual']);
    const attempt = await startAttempt(db, course, cohort.id, someone, cohort.moduleIds);
    await expect(startAttempt(db, course, cohort.id, { ...someone, code: 'p-01' }, cohort.moduleIds)).rejects.toBeInstanceOf(TrainingError);
    let turns = 0;
    for (;;) {
      const stored = (await db.trainingAttempts.get(attempt.id))!;
      const step = nextStep(course, stored);
      if (step.kind === 'done') break;
      turns += 1;
      if (step.kind === 'check') await saveAnswer(db, course, attempt.id, step.phase, step.questionId, ['a'], false);
      else if (step.kind === 'question') await saveAnswer(db, course, attempt.id, 'answers', step.questionId, ['a'], false);
      else await saveAnswer(db, course, attempt.id, 'answers', step.scenario.id, [step.step.choices[0]!.id], true);
    }
    expect(turns).toBe(4 + 4 + 3 + 2 + 4);
    const done = (await db.trainingAttempts.get(attempt.id))!;
    expect(Object.keys(done.pre)).toHaveLength(4);
    expect(done.completedAt).toBeDefined();
  });

  it('imports a results file all or nothing, adding the cohort once', async () => {
    const db = freshDb();
    const cohort = await createCohort(db, course, 'Elsewhere', ['language']);
    const attempt = await startAttempt(db, course, cohort.id, someone, cohort.moduleIds);
    const file = buildResultsFile(course, cohort, [attempt], '2026-03-03T10:00:00Z');
    const other = freshDb();
    expect(await importResults(other, file)).toEqual({ added: 1, unchanged: 0 });
    expect(await importResults(other, file)).toEqual({ added: 0, unchanged: 1 });
    expect(await other.trainingCohorts.count()).toBe(1);
    const clash = buildResultsFile(course, null, [{ ...attempt, cohortId: SELF_STUDY, participant: { ...someone, code: 'X-9' } }], '2026-03-03T10:00:00Z');
    await expect(importResults(other, clash)).rejects.toBeInstanceOf(ResultsFileError);
    expect(await other.trainingAttempts.count()).toBe(1);
  });
});
