/**
 * The workbook checked by programs nobody here wrote: openpyxl (test/export/check_xlsx.py)
 * reads the sample and a generated 300-engagement review, and LibreOffice converts the
 * sample to PDF. CI installs both (.ci/run); elsewhere a missing tool skips with a reason.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReviewFileText, type ReviewFile } from '../../renderer/src/domain/reviewFile.ts';
import { buildWorkbookXlsx } from '../../renderer/src/export/index.ts';
import { STATUS_LABELS } from '../../renderer/src/export/workbook/sheetRules.ts';
import { generateReview, SCALES } from '../generate/generateReview.ts';

const PYTHON = '/usr/bin/python3';
const CHECKER = path.resolve('test/export/check_xlsx.py');
const TODAY = '2026-05-01';

function available(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore', timeout: 30_000 }).status === 0;
}

/** In CI a missing tool is a failure; on a developer's machine it is a skip that says why. */
function requireTool(isThere: boolean, what: string): boolean {
  if (isThere) return true;
  if (process.env.CI) throw new Error(`${what} is missing; .ci/run installs it.`);
  console.warn(`Skipping: ${what} is not installed (CI installs it through .ci/run).`);
  return false;
}

const hasOpenpyxl = requireTool(available(PYTHON, ['-c', 'import openpyxl']), 'python3-openpyxl');
const hasSoffice = requireTool(available('soffice', ['--version']), 'LibreOffice (soffice)');

const dir = mkdtempSync(path.join(tmpdir(), 'lr-workbook-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sample = parseReviewFileText(readFileSync('templates/samples/sallowmere.review.json'));

/** What openpyxl must find, from the review file itself. */
function expectations(file: ReviewFile) {
  return {
    sheets: ['Summary', 'Engagements', 'Evidence', 'Passages by theme', 'Findings', 'Recommendations', 'Action plan', 'Coverage'],
    tables: {
      Engagements: 'tblEngagements', Evidence: 'tblEvidence', 'Passages by theme': 'tblPassagesByTheme', Findings: 'tblFindings',
      Recommendations: 'tblRecommendations', 'Action plan': 'tblActionPlan', Coverage: 'tblCoverage',
    },
    findings: file.findings.map((f) => f.title),
    recommendations: file.recommendations.map((r) => r.title),
    actions: file.actions.map((a) => a.description),
    statuses: STATUS_LABELS,
    // Reviewers' names, and passages not cleared for quotation that no quotable passage repeats.
    forbidden: [
      ...file.review.reviewers.map((r) => r.name),
      ...file.excerpts.filter((x) => !x.isQuote && x.text.length >= 40 && !file.excerpts.some((q) => q.isQuote && q.text.includes(x.text))).map((x) => x.text),
    ],
  };
}

async function check(name: string, file: ReviewFile): Promise<string> {
  const xlsx = path.join(dir, `${name}.xlsx`);
  writeFileSync(xlsx, await buildWorkbookXlsx(file, { today: TODAY }));
  const expect = path.join(dir, `${name}.expect.json`);
  writeFileSync(expect, JSON.stringify(expectations(file)));
  const run = spawnSync(PYTHON, [CHECKER, xlsx, expect], { encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`check_xlsx.py found problems in ${name}:\n${run.stdout}${run.stderr}`);
  return run.stdout;
}

describe.skipIf(!hasOpenpyxl)('openpyxl reads the workbook', () => {
  let sampleReport = '';
  beforeAll(async () => {
    sampleReport = await check('sample', sample);
  });

  it('of the sample review', () => {
    expect(JSON.parse(sampleReport)).toMatchObject({ ok: true, validations: ['F2:F1048576'] });
  });

  it('of a generated 300-engagement review', async () => {
    const file = generateReview(SCALES.L);
    expect(file.engagements).toHaveLength(300);
    expect(JSON.parse(await check('generated-L', file))).toMatchObject({ ok: true });
  }, 120_000);

  it('of a review whose text looks like formulas: it stays text', async () => {
    const hostile: ReviewFile = {
      ...sample,
      findings: sample.findings.map((f, i) => (i === 0 ? { ...f, title: '=1+1', detail: '@SUM(A1:A9)' } : f)),
      recommendations: sample.recommendations.map((r, i) => (i === 0 ? { ...r, title: '+44 20 7946 0000', detail: '\t=cmd' } : r)),
      actions: sample.actions.map((a, i) => (i === 0 ? { ...a, description: '-HYPERLINK("http://x.invalid")' } : a)),
    };
    expect(JSON.parse(await check('hostile', hostile))).toMatchObject({ ok: true });
  });

  it('and would see a formula, an overlap, a name or a missing action (the checker can fail)', async () => {
    const xlsx = path.join(dir, 'broken.xlsx');
    const script = [
      'import openpyxl, sys',
      'from openpyxl.worksheet.datavalidation import DataValidation',
      `wb = openpyxl.load_workbook(${JSON.stringify(path.join(dir, 'sample.xlsx'))})`,
      'ws = wb["Action plan"]',
      'ws["C2"] = "=1+1"',
      `ws["H2"] = ${JSON.stringify(`Chased by ${sample.review.reviewers[0]!.name}`)}`,
      'dv = DataValidation(type="list", formula1=\'"A,B"\'); dv.add("F2:F3"); ws.add_data_validation(dv)',
      `wb.save(${JSON.stringify(xlsx)})`,
    ].join('\n');
    expect(spawnSync(PYTHON, ['-c', script], { encoding: 'utf8' }).status).toBe(0);
    const expectFile = path.join(dir, 'sample.expect.json');
    const run = spawnSync(PYTHON, [CHECKER, xlsx, expectFile], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('holds a formula');
    expect(run.stdout).toContain('overlap');
    expect(run.stdout).toContain('Action plan!H2 holds forbidden text');
    expect(run.stdout).toMatch(/Action plan: 1 of 11 actions missing/);
  });
});

describe.skipIf(!hasSoffice)('LibreOffice', () => {
  it('converts the sample workbook to PDF', async () => {
    const xlsx = path.join(dir, 'sample-for-pdf.xlsx');
    writeFileSync(xlsx, await buildWorkbookXlsx(sample, { today: TODAY }));
    const profile = path.join(dir, 'lo-profile');
    const run = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], {
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const pdf = path.join(dir, 'sample-for-pdf.pdf');
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);
});
