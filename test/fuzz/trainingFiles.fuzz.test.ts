/**
 * Fuzz tests for the training course file and the training results file: arbitrary JSON,
 * and mutations of valid files, never crash with anything but the formats' own errors,
 * never take over a second, and nothing invalid is accepted.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CourseError, parseCourse } from '../../renderer/src/domain/training/index.ts';
import { tinyCourse } from '../../renderer/src/domain/training/testCourse.ts';
import { buildResultsFile, parseResultsFile, ResultsFileError } from '../../renderer/src/domain/training/resultsFile.ts';

const course = parseCourse(JSON.parse(readFileSync(new URL('../../templates/training/county-lines-working-knowledge.json', import.meta.url), 'utf8')));
const attempt = {
  id: '00000000-0000-4000-8000-000000000001', cohortId: 'self-study' as const, courseId: course.id, courseVersion: course.version,
  participant: { code: 'P-01', sector: 'health' as const, role: 'Nurse' }, moduleIds: ['language'],
  pre: { 'how-q4': ['b'] }, answers: { 'lang-q1': ['b'] }, post: {}, createdAt: '2026-03-03T10:00:00Z', updatedAt: '2026-03-03T10:00:00Z',
};
const validResults = JSON.stringify(buildResultsFile(course, null, [attempt], '2026-03-03T11:00:00Z'));

function timed<T>(run: () => T): T {
  const start = performance.now();
  try {
    return run();
  } finally {
    expect(performance.now() - start).toBeLessThan(1000);
  }
}

describe('course file fuzz', () => {
  it('arbitrary JSON is refused with a CourseError only', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      expect(() => timed(() => parseCourse(value))).toThrow(CourseError);
    }), { numRuns: 100 });
  });

  it('a valid course with one field replaced is either valid or refused with a CourseError', () => {
    const base = JSON.stringify(tinyCourse());
    const paths = ['passMark', 'check', 'modules.0.id', 'modules.0.questions.0.correct', 'modules.0.scenarios.0.steps.0.choices.0.next', 'modules.1.questions.0.id'];
    fc.assert(fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
      const data = JSON.parse(base) as Record<string, unknown>;
      const keys = path.split('.');
      let at: Record<string, unknown> = data;
      for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
      at[keys.at(-1)!] = value;
      try {
        const parsed = timed(() => parseCourse(data));
        // Accepted: it must still be a coherent course.
        expect(parsed.modules.length).toBeGreaterThan(0);
      } catch (e) {
        expect(e).toBeInstanceOf(CourseError);
      }
    }), { numRuns: 150 });
  });
});

describe('results file fuzz', () => {
  it('arbitrary text is refused with a ResultsFileError only', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v))), (text) => {
      expect(() => timed(() => parseResultsFile(text, course))).toThrow(ResultsFileError);
    }), { numRuns: 100 });
  });

  it('any change to one character of a valid file, or cutting it short, is refused', () => {
    fc.assert(fc.property(fc.nat(validResults.length - 1), fc.string({ minLength: 1, maxLength: 1 }), (index, char) => {
      const changed = validResults.slice(0, index) + char + validResults.slice(index + 1);
      if (changed === validResults) return;
      let accepted: unknown;
      try {
        accepted = timed(() => parseResultsFile(changed, course));
      } catch (e) {
        expect(e).toBeInstanceOf(ResultsFileError);
        return;
      }
      // Only whitespace between tokens may change without changing what the file says.
      expect(JSON.parse(changed)).toEqual(JSON.parse(validResults));
      expect(accepted).toEqual(JSON.parse(validResults));
    }), { numRuns: 150 });
    fc.assert(fc.property(fc.nat(validResults.length - 1), (cut) => {
      expect(() => timed(() => parseResultsFile(validResults.slice(0, cut), course))).toThrow(ResultsFileError);
    }), { numRuns: 100 });
  });
});
