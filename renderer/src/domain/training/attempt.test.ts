import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { attemptResult, nextStep, withAnswer, type TrainingAttempt } from './attempt.ts';
import { agencyGroup, itemAnalysis, scenarioChoices, sectorGroup, summariseBy, attemptRows } from './analysis.ts';
import { parseCourse } from './index.ts';
import { tinyCourse } from './testCourse.ts';
import { buildResultsFile, canonicalJson, parseResultsFile, planResultsMerge, ResultsFileError } from './resultsFile.ts';
import { sha256Hex } from './sha256.ts';
import { xapiStatements } from './xapi.ts';

const course = parseCourse(tinyCourse());
const COHORT = { id: '00000000-0000-4000-8000-00000000000c', courseId: 'tiny', courseVersion: 2, name: 'Workshop', moduleIds: ['m1'], createdAt: '2026-03-03T10:00:00Z' };

function attempt(over: Partial<TrainingAttempt> = {}): TrainingAttempt {
  return {
    id: '00000000-0000-4000-8000-000000000001', cohortId: COHORT.id, courseId: 'tiny', courseVersion: 2,
    participant: { code: 'P-01', sector: 'education', agency: 'Northgate Academy', role: 'Teacher' },
    moduleIds: ['m1'], pre: {}, answers: {}, post: {},
    createdAt: '2026-03-03T10:01:00Z', updatedAt: '2026-03-03T10:01:00Z', ...over,
  };
}

describe('nextStep', () => {
  it('walks the check, the questions, the scenario along the path taken, then the check again', () => {
    let a = attempt();
    const seen: string[] = [];
    const choose: Record<string, string[]> = { q1: ['a'], q2: ['a', 'c'] };
    for (let turns = 0; turns < 10; turns++) {
      const step = nextStep(course, a);
      if (step.kind === 'done') break;
      if (step.kind === 'check') {
        seen.push(`${step.phase}:${step.questionId}`);
        a = { ...a, [step.phase]: { ...a[step.phase], [step.questionId]: ['a'] } };
      } else if (step.kind === 'question') {
        seen.push(step.questionId);
        a = { ...a, answers: withAnswer(a.answers, step.questionId, choose[step.questionId]!, false) };
      } else {
        seen.push(`${step.scenario.id}/${step.step.id}`);
        a = { ...a, answers: withAnswer(a.answers, step.scenario.id, [step.step.id === 'st1' ? 'y' : 'z'], true) };
      }
    }
    expect(seen).toEqual(['pre:q1', 'q1', 'q2', 's1/st1', 's1/st2', 'post:q1']);
    expect(a.answers.s1).toEqual(['y', 'z']);
    const result = attemptResult(course, a);
    expect(result).toMatchObject({ score: { total: 3, correct: 2 }, percent: 67, passed: true, pre: { total: 1, correct: 1 }, complete: true });
    expect(result.byModule.map((m) => m.module.id)).toEqual(['m1']);
  });
});

describe('results file', () => {
  const done = attempt({ pre: { q1: ['b'] }, answers: { q1: ['a'], q2: ['a'], s1: ['x', 'z'] }, post: { q1: ['a'] }, completedAt: '2026-03-03T10:30:00Z', updatedAt: '2026-03-03T10:30:00Z' });
  const file = buildResultsFile(course, COHORT, [done], '2026-03-03T11:00:00Z');
  const text = JSON.stringify(file);

  it('round-trips, with a SHA-256 digest of its canonical JSON', () => {
    expect(parseResultsFile(text, course)).toEqual(file);
    const { integrity, ...body } = file;
    expect(integrity.digest).toBe(createHash('sha256').update(canonicalJson(body)).digest('hex'));
  });

  it('refuses another course or version, a tampered or a truncated file with a plain message', () => {
    const other = parseCourse({ ...tinyCourse(), version: 3 });
    expect(() => parseResultsFile(text, other)).toThrow(/for the course "tiny" version 2, not "tiny" version 3/);
    const tampered = text.replace('"q2":["a"]', '"q2":["a","c"]');
    expect(tampered).not.toBe(text);
    expect(() => parseResultsFile(tampered, course)).toThrow(/has been changed since it was saved/);
    expect(() => parseResultsFile(text.slice(0, text.length - 40), course)).toThrow(/incomplete or damaged/);
    expect(() => parseResultsFile('{"format":"x"}', course)).toThrow(/not a training results file/);
    const unknown = buildResultsFile(course, COHORT, [{ ...done, answers: { q9: ['a'] } }], '2026-03-03T11:00:00Z');
    expect(() => parseResultsFile(JSON.stringify(unknown), course)).toThrow(ResultsFileError);
  });

  it('plans a merge: new attempts in, later copies replace, same or older ones unchanged', () => {
    const parsed = parseResultsFile(text, course);
    expect(planResultsMerge(parsed, false, new Map())).toEqual({ cohort: COHORT, attempts: [done], unchanged: 0 });
    expect(planResultsMerge(parsed, true, new Map([[done.id, done]]))).toEqual({ cohort: null, attempts: [], unchanged: 1 });
    const older = { ...done, updatedAt: '2026-03-03T10:05:00Z' };
    expect(planResultsMerge(parsed, true, new Map([[done.id, older]])).attempts).toEqual([done]);
    const clash = { ...done, participant: { ...done.participant, code: 'P-99' } };
    expect(() => planResultsMerge(parsed, true, new Map([[done.id, clash]]))).toThrow(ResultsFileError);
  });
});

describe('analysis and xAPI', () => {
  const a1 = attempt({ pre: { q1: ['b'] }, answers: { q1: ['a'], q2: ['a'], s1: ['x', 'z'] }, post: { q1: ['a'] }, completedAt: '2026-03-03T10:30:00Z' });
  const a2 = attempt({ id: '00000000-0000-4000-8000-000000000002', participant: { code: 'P-02', sector: 'police', role: 'PCSO' }, pre: { q1: ['a'] }, answers: { q1: ['b'], q2: ['a', 'c'], s1: ['y'] } });

  it('summarises by sector and agency, lists the most missed first, counts scenario choices', () => {
    const rows = attemptRows(course, [a1, a2]);
    expect(summariseBy(rows, sectorGroup)).toEqual([
      { group: 'Education', participants: 1, completed: 1, meanPre: 0, meanPost: 100, meanScore: 67, passed: 1 },
      { group: 'Police', participants: 1, completed: 0, meanPre: 100, meanPost: null, meanScore: null, passed: 0 },
    ]);
    expect(summariseBy(rows, agencyGroup).map((g) => g.group)).toEqual(['Agency not given', 'Northgate Academy']);
    const items = itemAnalysis(course, [a1, a2]);
    expect(items.map((i) => [i.itemId, i.answered, i.missed])).toEqual([['q1', 2, 1], ['q2', 2, 1], ['s1', 1, 0]]);
    const choices = scenarioChoices(course, [a1, a2]);
    expect(choices.map((c) => c.chosen)).toEqual([1, 1, 1, 0]);
  });

  it('writes answered, completed and passed statements with accounts, never names', () => {
    const statements = xapiStatements(course, [a1, a2]);
    expect(statements.map((s) => `${s.actor.account.name} ${s.verb.display['en-GB']}`)).toEqual([
      'P-01 answered', 'P-01 answered', 'P-01 answered', 'P-01 completed', 'P-01 passed', 'P-02 answered', 'P-02 answered', 'P-02 answered',
    ]);
    expect(statements[3]!.result?.score).toEqual({ raw: 2, min: 0, max: 3, scaled: 2 / 3 });
    expect(JSON.stringify(statements)).not.toMatch(/https?:\/\/(?!adlnet\.gov\/expapi\/)/);
  });
});

describe('sha256', () => {
  it('matches Node for empty, ASCII, multi-block and non-ASCII text', () => {
    for (const text of ['', 'abc', 'x'.repeat(1000), 'naïve – “quotes” 🙂', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64)]) {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });
});
