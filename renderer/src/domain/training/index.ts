/**
 * The training course's entry points: parse a course, count it, its answer key, and score
 * answers. Pure; other modules of this folder hold attempts, results files and analysis.
 */
import { CourseError, validateCourse, type Course } from './courseSchema.ts';

export { courseOutline, answerKey, scoreAttempt, UnknownItemError } from './scoring.ts';
export type { Score, AttemptScore } from './scoring.ts';
export { CourseError, validateCourse } from './courseSchema.ts';
export type { Course, CourseModule, Question, Scenario, ScenarioStep, ScenarioChoice, CourseProblem } from './courseSchema.ts';

/** Validates a course (shape, then ids, right answers and next steps); throws CourseError naming the first bad field. */
export function parseCourse(input: unknown): Course {
  const validated = validateCourse(input);
  if (!validated.ok) throw new CourseError(validated.problems);
  return validated.course;
}
