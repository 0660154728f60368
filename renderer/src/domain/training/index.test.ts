import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerKey, courseOutline, parseCourse, scoreAttempt, type Course } from './index.ts';
import { tinyCourse } from './testCourse.ts';

const shipped = JSON.parse(readFileSync(new URL('../../../../templates/training/county-lines-working-knowledge.json', import.meta.url), 'utf8')) as Record<string, unknown>;

type Json = Record<string, unknown>;
const mod = (c: Json, i: number) => (c.modules as Json[])[i]!;
const problemOf = (input: unknown) => {
  try {
    parseCourse(input);
  } catch (e) {
    return (e as Error).message;
  }
  return 'accepted';
};

describe('parseCourse', () => {
  it('accepts the shipped course, which has at least six modules, 20 questions and 8 scenarios', () => {
    const course = parseCourse(shipped);
    const outline = courseOutline(course);
    expect(outline.modules).toBeGreaterThanOrEqual(6);
    expect(outline.questions).toBeGreaterThanOrEqual(20);
    expect(outline.scenarios).toBeGreaterThanOrEqual(8);
    expect(outline).toEqual({ modules: 6, questions: 22, scenarios: 8 });
  });

  it('refuses a question without a right answer, naming the field', () => {
    const c = tinyCourse();
    ((mod(c, 0).questions as Json[])[1]!).correct = [];
    expect(problemOf(c)).toBe('The course is not valid: modules[0].questions[1].correct: a question needs at least one right answer');
  });

  it('refuses a right answer that is not one of the choices', () => {
    const c = tinyCourse();
    ((mod(c, 0).questions as Json[])[0]!).correct = ['q'];
    expect(problemOf(c)).toContain('modules[0].questions[0].correct[0]: names choice "q"');
  });

  it('refuses a scenario step pointing nowhere, and one pointing back', () => {
    const c = tinyCourse();
    const steps = ((mod(c, 0).scenarios as Json[])[0]!).steps as Json[];
    ((steps[0]!.choices as Json[])[1]!).next = 'nowhere';
    expect(problemOf(c)).toContain('modules[0].scenarios[0].steps[0].choices[1].next: points to step "nowhere", which is not in this scenario');
    ((steps[0]!.choices as Json[])[1]!).next = 'st2';
    ((steps[1]!.choices as Json[])[1]!).next = 'st1';
    expect(problemOf(c)).toContain('steps[1].choices[1].next: points back to step "st1"');
  });

  it('refuses duplicate ids: items across modules, choices, modules', () => {
    const c = tinyCourse();
    ((mod(c, 1).questions as Json[])[0]!).id = 'q1';
    expect(problemOf(c)).toContain('modules[1].questions[0].id: duplicate item id "q1" (first at modules[0].questions[0].id)');
    const d = tinyCourse();
    mod(d, 1).id = 'm1';
    expect(problemOf(d)).toContain('modules[1].id: duplicate module id "m1"');
    const e = tinyCourse();
    ((((mod(e, 0).questions as Json[])[0]!).choices as Json[])[1]!).id = 'a';
    expect(problemOf(e)).toContain('modules[0].questions[0].choices[1].id: duplicate choice id "a"');
  });

  it('refuses a step with no best choice, an unknown check question and a missing field', () => {
    const c = tinyCourse();
    const steps = ((mod(c, 0).scenarios as Json[])[0]!).steps as Json[];
    ((steps[1]!.choices as Json[])[0]!).best = false;
    expect(problemOf(c)).toContain('steps[1].choices: exactly one choice must be the best (found 0)');
    const d = tinyCourse();
    d.check = ['nope'];
    expect(problemOf(d)).toContain('check[0]: names question "nope"');
    const e = tinyCourse();
    delete e.passMark;
    expect(problemOf(e)).toBe('The course is not valid: passMark: required field is missing');
    expect(problemOf({ ...tinyCourse(), formatVersion: 2 })).toContain('formatVersion');
    expect(problemOf(null)).toMatch(/^The course is not valid/);
  });
});

describe('answerKey, scoreAttempt', () => {
  const course: Course = parseCourse(tinyCourse());

  it('keys each question to its right choices and each scenario to its best path', () => {
    expect(answerKey(course)).toEqual({ q1: ['a'], q2: ['a', 'c'], s1: ['x', 'z'], q3: ['b'] });
  });

  it('scores exact answers right, in any order, and per module', () => {
    expect(scoreAttempt(course, { q1: ['a'], q2: ['c', 'a'], s1: ['x', 'z'], q3: ['a'] })).toEqual({
      total: 4, correct: 3, byModule: { m1: { total: 3, correct: 3 }, m2: { total: 1, correct: 0 } },
    });
  });

  it('counts partial, extra and missing answers as not right', () => {
    expect(scoreAttempt(course, { q2: ['a'], s1: ['y', 'z'] }).correct).toBe(0);
    expect(scoreAttempt(course, { q1: ['a', 'b'] }).correct).toBe(0);
    expect(scoreAttempt(course, {})).toEqual({ total: 4, correct: 0, byModule: { m1: { total: 3, correct: 0 }, m2: { total: 1, correct: 0 } } });
  });

  it('throws on an answer to an unknown item', () => {
    expect(() => scoreAttempt(course, { q9: ['a'] })).toThrow(/"q9"/);
    expect(() => scoreAttempt(course, { __proto__: ['a'] } as Record<string, string[]>)).not.toThrow();
    expect(() => scoreAttempt(course, JSON.parse('{"__proto__":["a"]}') as Record<string, string[]>)).toThrow(/__proto__/);
  });

  it('scores the shipped course: every right answer gives full marks', () => {
    const full = parseCourse(shipped);
    const key = answerKey(full);
    const score = scoreAttempt(full, key);
    expect(score.correct).toBe(score.total);
    expect(score.total).toBe(30);
  });
});
