/**
 * Deleting training results, with Undo (see app/commands.ts): one participant's attempt,
 * or a cohort with every attempt in it. Undo puts back exactly what went.
 */
import type { Command } from '../../app/commands.ts';
import { db } from '../../db/index.ts';
import { deleteAttempt, deleteCohort, restoreTrainingResults, type DeletedTrainingResults } from '../../db/trainingRepository.ts';
import { SELF_STUDY, type TrainingAttempt, type TrainingCohort } from '../../domain/training/attempt.ts';
import { plural } from '../../domain/words/index.ts';

/** Where an attempt is listed: its cohort's section, or self-study. */
export const attemptListHeading = (attempt: TrainingAttempt) => (attempt.cohortId === SELF_STUDY ? 'self-study-heading' : `cohort-${attempt.cohortId}`);
export const deleteAttemptButton = (attemptId: string) => `delete-attempt-${attemptId}`;
export const deleteCohortButton = (cohortId: string) => `delete-cohort-${cohortId}`;

export const deleteAttemptCommand: Command<TrainingAttempt, DeletedTrainingResults> = {
  failure: 'Could not delete the participant’s results',
  run: (attempt) => deleteAttempt(db, attempt.id),
  describe: (_, attempt) => `Deleted the results of participant ${attempt.participant.code}.`,
  undo: (deleted) => restoreTrainingResults(db, deleted),
  focusAfter: (_, attempt) => attemptListHeading(attempt),
  focusAfterUndo: (_, attempt) => deleteAttemptButton(attempt.id),
};

export const deleteCohortCommand: Command<TrainingCohort, DeletedTrainingResults> = {
  failure: 'Could not delete the cohort',
  run: (cohort) => deleteCohort(db, cohort.id),
  describe: (deleted, cohort) => `Deleted the cohort “${cohort.name}” and the results of ${plural(deleted.attempts.length, 'participant')}.`,
  undo: (deleted) => restoreTrainingResults(db, deleted),
  focusAfter: () => 'cohorts-heading',
  focusAfterUndo: (_, cohort) => `cohort-${cohort.id}`,
};
