import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { nextStep, type TrainingAttempt } from '../../domain/training/attempt.ts';
import { parseCourse } from '../../domain/training/index.ts';
import { canonicalJson } from '../../domain/training/resultsFile.ts';
import { buildCertificateDocx } from './certificateDocx.ts';
import { buildTrainingWorkbook } from './resultsWorkbook.ts';
import { buildStandaloneCourseHtml } from './standaloneHtml.ts';
import { STANDALONE_LIB } from './standaloneLib.ts';

const course = parseCourse(JSON.parse(readFileSync(new URL('../../../../templates/training/county-lines-working-knowledge.json', import.meta.url), 'utf8')));
const lib = new Function(`${STANDALONE_LIB}; return { sha256Hex, canonicalJson, nextStep };`)() as {
  sha256Hex: (t: string) => string; canonicalJson: (v: unknown) => string; nextStep: (c: unknown, a: unknown) => { kind: string; questionId?: string };
};

const attempt: TrainingAttempt = {
  id: '00000000-0000-4000-8000-000000000001', cohortId: 'self-study', courseId: course.id, courseVersion: 1,
  participant: { code: 'P-01', sector: 'health', role: '=HYPERLINK("http://x")', agency: '@Trust' },
  moduleIds: ['language', 'contextual'], pre: { 'how-q4': ['b'] }, answers: { 'lang-q1': ['b'], 'ctx-s1': ['s1-a'] }, post: {},
  createdAt: '2026-03-03T10:00:00Z', updatedAt: '2026-03-03T10:00:00Z',
};

describe('the standalone page script', () => {
  it('hashes and serialises exactly as the domain does', () => {
    for (const text of ['', 'abc', 'naïve 🙂 “x”', 'y'.repeat(200)]) expect(lib.sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
    const value = { b: [1, { d: undefined, c: 'é<' }], a: null, 'z\u2028': true };
    expect(lib.canonicalJson(value)).toBe(canonicalJson(value));
  });

  it('walks the same steps as the domain', () => {
    let a = { ...attempt, pre: {}, answers: {} } as TrainingAttempt;
    for (let i = 0; i < 40; i++) {
      const ours = nextStep(course, a);
      const theirs = lib.nextStep(course, a);
      expect(theirs.kind).toBe(ours.kind);
      if (ours.kind === 'done') break;
      if (ours.kind === 'check') a = { ...a, [ours.phase]: { ...a[ours.phase], [ours.questionId]: ['a'] } };
      else if (ours.kind === 'question') a = { ...a, answers: { ...a.answers, [ours.questionId]: ['a'] } };
      else a = { ...a, answers: { ...a.answers, [ours.scenario.id]: [...ours.path, ours.step.choices[1]!.id] } };
    }
    expect(nextStep(course, a).kind).toBe('done');
  });
});

describe('buildStandaloneCourseHtml', () => {
  const html = buildStandaloneCourseHtml(course, null);

  it('allows only its own inline script and style by hash, and loads nothing from outside', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; style-src 'sha256-/);
    const script = /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
    expect(csp).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    const style = /<style>([\s\S]*)<\/style>/.exec(html)?.[1] ?? '';
    expect(csp).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expect(html).not.toMatch(/\b(src|href)=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/i);
  });

  it('keeps course text inert inside the data element', () => {
    const hostile = { ...course, title: 'A </script><script>alert(1)</script>' };
    const page = buildStandaloneCourseHtml(hostile, null);
    expect(page.match(/<script/g)).toHaveLength(2);
    expect(page).toContain('A &lt;/script&gt;');
  });
});

describe('certificate and workbook', () => {
  it('builds a Word certificate', async () => {
    const bytes = await buildCertificateDocx({
      participantCode: 'P-01', sector: 'Health', role: 'Nurse', courseTitle: course.title, courseVersion: 1, date: '3 March 2026',
      correct: 5, total: 8, percent: 63, passMark: 70, passed: false, modules: [{ title: 'The language', correct: 3, total: 4 }],
    });
    expect(Buffer.from(bytes.slice(0, 2)).toString()).toBe('PK');
  });

  it('writes one row per participant and module, guarding text against formulas', async () => {
    const bytes = await buildTrainingWorkbook(course, [], [attempt], new Date('2026-03-03T00:00:00Z'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Results', 'Questions', 'Scenario choices']);
    const results = workbook.getWorksheet('Results')!;
    expect(results.rowCount).toBe(3);
    expect(results.getRow(2).getCell(5).value).toBe('\'=HYPERLINK("http://x")');
    expect(results.getRow(2).getCell(4).value).toBe("'@Trust");
    expect(results.getRow(2).getCell(6).value).toBe(course.modules[1]!.title);
  });
});
