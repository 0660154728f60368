import { describe, expect, it } from 'vitest';
import { loadCourses, parseCourseSources } from './loadCourses.ts';
import { tinyCourse } from '../domain/training/testCourse.ts';

describe('loadCourses', () => {
  it('loads the shipped course with no errors', () => {
    const { courses, errors } = loadCourses();
    expect(errors.map((e) => e.display)).toEqual([]);
    expect(courses.map((c) => `${c.id} v${c.version}`)).toEqual(['county-lines-working-knowledge v1']);
    expect(courses[0]!.modules.find((m) => m.id === 'language')?.glossary).toContain('NRM');
  });

  it('names the file and field of a bad course and keeps the good ones', () => {
    const bad = tinyCourse();
    ((bad.modules as Array<{ questions: Array<{ correct: string[] }> }>)[0]!.questions[0]!).correct = [];
    const loaded = parseCourseSources({
      '../../../templates/training/tiny.json': JSON.stringify(tinyCourse()),
      '../../../templates/training/broken.json': '{',
      '../../../templates/training/other.json': JSON.stringify({ ...bad, id: 'other' }),
      '../../../templates/training/misnamed.json': JSON.stringify(tinyCourse()),
    }, new Set());
    expect(loaded.courses.map((c) => c.id)).toEqual(['tiny']);
    expect(loaded.errors.map((e) => e.display)).toEqual([
      expect.stringMatching(/^templates\/training\/broken\.json: \(file\): invalid JSON/),
      'templates/training/misnamed.json: id: id "tiny" does not match the file name; expected "misnamed"',
      'templates/training/other.json: modules[0].questions[0].correct: a question needs at least one right answer',
    ]);
  });

  it('reports a glossary term the glossary lacks and loads the course without it', () => {
    const course = tinyCourse();
    (course.modules as Array<Record<string, unknown>>)[0]!.glossary = ['NRM', 'XYZ'];
    const loaded = parseCourseSources({ 'templates/training/tiny.json': JSON.stringify(course) }, new Set(['NRM']));
    expect(loaded.courses[0]!.modules[0]!.glossary).toEqual(['NRM']);
    expect(loaded.errors[0]!.display).toBe('templates/training/tiny.json: modules[0].glossary[1]: "XYZ" is not in templates/glossary.json; the course loads without it');
  });
});
