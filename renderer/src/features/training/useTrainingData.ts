/** Live reads of the training tables for one course version. */
import { db } from '../../db/index.ts';
import type { TrainingAttempt, TrainingCohort } from '../../domain/training/attempt.ts';
import type { Course } from '../../domain/training/courseSchema.ts';
import { useSharedLiveQuery } from '../workspace/useSharedLiveQuery.ts';

const byTime = <T extends { createdAt: string }>(rows: T[]) => rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));

/** The course version's cohorts (oldest first) and attempts; undefined while loading. */
export function useTrainingData(course: Course): { cohorts: TrainingCohort[]; attempts: TrainingAttempt[] } | undefined {
  return useSharedLiveQuery(async () => {
    const [cohorts, attempts] = await Promise.all([
      db.trainingCohorts.where('courseId').equals(course.id).toArray(),
      db.trainingAttempts.where('courseId').equals(course.id).toArray(),
    ]);
    return {
      cohorts: byTime(cohorts.filter((c) => c.courseVersion === course.version)),
      attempts: byTime(attempts.filter((a) => a.courseVersion === course.version)),
    };
  }, [course.id, course.version]);
}
