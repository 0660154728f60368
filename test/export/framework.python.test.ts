/**
 * The framework's Word document and workbook, read by python-docx and openpyxl: every
 * area, every high-priority recommendation beside its area, the matrix with one column
 * per area, the marking in every header and footer, a chart with alt text, nothing
 * private and no formulas. Built from the sample and two generated areas.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { draftFramework, FrameworkIndex, type FrameworkFile } from '../../renderer/src/domain/framework/index.ts';
import { buildFrameworkDocx, buildFrameworkXlsx } from '../../renderer/src/export/index.ts';
import { generatedArea, sampleReview } from '../helpers/frameworkReviews.ts';

const PYTHON = '/usr/bin/python3';
const CHECKER = new URL('./check_framework.py', import.meta.url).pathname;
const probe = spawnSync(PYTHON, ['-c', 'import docx, openpyxl'], { encoding: 'utf8' });
const ready = probe.status === 0;
if (!ready) console.warn(`Skipping the framework document checks: ${PYTHON} cannot import docx and openpyxl (${probe.stderr.trim()}).`);

const dir = mkdtempSync(join(tmpdir(), 'framework-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADINGS = ['Foreword', 'Partnership and governance', 'Definition of serious violence', 'The evidence across the areas', 'Priorities and activities', 'Action plan', 'Monitoring and review', 'Appendix A: Source reviews and traceability'];

function framework(): FrameworkFile {
  const reviews = [sampleReview(), generatedArea(1, 'Eastmoor'), generatedArea(2, '=Harrowfield')];
  const file = draftFramework(reviews, { title: 'Wessex serious violence framework', region: 'Wessex' });
  const partner = file.framework.partners[0]!;
  file.framework.foreword = 'Partners across Wessex agree this framework.';
  file.framework.principles = ['Children first', '=SUM(A1)'];
  file.priorities[0]!.activities.push({
    id: '10000000-0000-4000-8000-000000000001', title: 'One exploitation hub for the county', detail: 'Bring the three MACE panels together.',
    leadPartnerId: partner.id, supportingPartnerIds: [file.framework.partners[1]!.id], timescale: '6-months', measures: 'Referrals seen within 5 days',
    recommendations: file.priorities[0]!.recommendations.slice(0, 2),
  });
  return file;
}

function check(kind: 'docx' | 'xlsx', bytes: Uint8Array, expectations: object) {
  const path = join(dir, `framework.${kind}`);
  const json = join(dir, `framework-${kind}.json`);
  writeFileSync(path, bytes);
  writeFileSync(json, JSON.stringify(expectations));
  const run = spawnSync(PYTHON, [CHECKER, kind, path, json], { encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, output: `${run.stdout}${run.stderr}`.trim() };
}

function expectations(file: FrameworkFile) {
  const index = new FrameworkIndex(file);
  const high = file.priorities.flatMap((p) => p.recommendations.map((ref) => [index.reviewById.get(ref.reviewId)!.area, index.recommendation(ref)!.title]));
  return {
    title: file.framework.title,
    marking: 'OFFICIAL-SENSITIVE',
    areas: file.reviews.map((r) => r.area),
    high,
    headings: HEADINGS,
    absent: [...sampleReview().review.reviewers.map((r) => r.name), sampleReview().excerpts[0]!.text],
  };
}

describe.skipIf(!ready)('the framework exports, read by python-docx and openpyxl', () => {
  const file = framework();

  it('Word: every area, high-priority recommendations beside their area, the matrix, the marking everywhere, a chart with alt text', async () => {
    const result = check('docx', await buildFrameworkDocx(file, [], { today: '2026-06-01' }), expectations(file));
    expect(result.output).toMatch(/"charts": 1/);
    expect(result.status, result.output).toBe(0);
  });

  it('Excel: the action plan, every area recommendation with its area, the matrix with one column per area, no formulas', async () => {
    const result = check('xlsx', await buildFrameworkXlsx(file, [], { today: '2026-06-01' }), expectations(file));
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('Themes by area');
  });
});
