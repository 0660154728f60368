/**
 * Independent checks of the Word report with python-docx (Debian's python3-docx): every
 * finding, recommendation and action is there; the marking is in every header and footer;
 * Word's heading styles and a contents field are used; title and language are set; every
 * table repeats its header row. Run on the sample review and on a generated L review.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReviewFileText, type ReviewFile } from '../../renderer/src/domain/reviewFile.ts';
import { buildReportDocx } from '../../renderer/src/export/report/buildReportDocx.ts';
import { generateReview, SCALES } from '../generate/generateReview.ts';

const PYTHON = '/usr/bin/python3';
const CHECKER = new URL('./check_docx.py', import.meta.url).pathname;
const sample = parseReviewFileText(readFileSync(new URL('../../templates/samples/sallowmere.review.json', import.meta.url)));
const HEADINGS = ['Executive summary', 'Introduction and background', 'Methodology', 'Findings by theme', 'Recommendations', 'Action plan', 'Appendix A: Who was engaged', 'Appendix B: Glossary'];

const probe = spawnSync(PYTHON, ['-c', 'import docx'], { encoding: 'utf8' });
const hasPythonDocx = probe.status === 0;
if (!hasPythonDocx) console.warn(`Skipping python-docx checks: ${PYTHON} cannot import docx (${probe.error?.message ?? probe.stderr.trim()}). .ci/run installs python3-docx.`);

const dir = mkdtempSync(join(tmpdir(), 'report-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectations(file: ReviewFile, extra: Record<string, unknown> = {}) {
  return {
    title: file.review.title,
    marking: file.review.protectiveMarking,
    language: 'en-GB',
    findings: file.findings.map((f) => f.title),
    recommendations: file.recommendations.map((r) => r.title),
    actions: file.actions.map((a) => a.description),
    headings: HEADINGS,
    ...extra,
  };
}

function check(name: string, bytes: Uint8Array, expect: object): { status: number | null; output: string } {
  const docx = join(dir, `${name}.docx`);
  const json = join(dir, `${name}.json`);
  writeFileSync(docx, bytes);
  writeFileSync(json, JSON.stringify(expect));
  const run = spawnSync(PYTHON, [CHECKER, docx, json], { encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, output: `${run.stdout}${run.stderr}`.trim() };
}

describe.skipIf(!hasPythonDocx)('the Word report, read by python-docx', () => {
  it('passes every check for the sample review', async () => {
    const result = check('sample', await buildReportDocx(sample, { today: '2026-04-24' }), expectations(sample, { absent: ['Claire Ashdown, Lead reviewer'] }));
    expect(result.output).toMatch(/"findings": 9/);
    expect(result.status).toBe(0);
  });

  it('passes every check for a generated L review (300 engagements)', async () => {
    const large = generateReview(SCALES.L);
    const started = performance.now();
    const bytes = await buildReportDocx(large, { today: '2026-06-01' });
    console.info(`L report: ${Math.round(performance.now() - started)} ms, ${bytes.length} bytes`);
    const result = check('large', bytes, expectations(large));
    expect(result.output).toMatch(/"actions": 600/);
    expect(result.status).toBe(0);
  }, 60_000);

  it('fails when something is missing, so a pass means something', async () => {
    const result = check('negative', await buildReportDocx(sample, { today: '2026-04-24', omit: ['action-plan'] }), expectations(sample));
    expect(result.status).toBe(1);
    expect(result.output).toContain('11 of 11 actions missing');
    expect(result.output).toContain('Heading 1 paragraphs are');
  });
});
