/**
 * A strategic framework drawn from ten L-size reviews: the draft, the Word framework and
 * the workbook, the exports each beside the bare library writing the same content (read
 * back from one untimed build, as for the review exports). `npx tsx bench/framework.ts`
 * runs these rows alone; `npm run bench` runs them with the L scale.
 */
import { draftFramework } from '../renderer/src/domain/framework/index.ts';
import { buildFrameworkDocx, buildFrameworkXlsx } from '../renderer/src/export/index.ts';
import { SCALES } from '../test/generate/generateReview.ts';
import { generatedArea } from '../test/helpers/frameworkReviews.ts';
import { docxBlocks } from './docxContent.ts';
import { bareDocx, bareXlsx } from './floors.ts';
import type { Row } from './node.ts';
import { summarise, time, timePair } from './stats.ts';
import { xlsxSheets } from './xlsxContent.ts';

export const FRAMEWORK_ROWS = { draft: 'L×10: framework draft', word: 'L×10: framework Word', excel: 'L×10: framework Excel' } as const;
const TODAY = '2026-09-01';

export async function frameworkRows(runs: number, log: (line: string) => void): Promise<Row[]> {
  const reviews = Array.from({ length: 10 }, (_, i) => generatedArea(i + 1, `Area ${i + 1}`, SCALES.L));
  const options = { title: 'Benchmark county framework', region: 'Benchshire' };
  const framework = draftFramework(reviews, options);
  // An activity under each priority, covering its first five recommendations, so traceability has work to do.
  framework.priorities.forEach((p, i) => p.activities.push({
    id: `20000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`, title: `Activity for ${p.title}`, detail: 'Joint work across the county.',
    leadPartnerId: framework.framework.partners[0]!.id, supportingPartnerIds: [], timescale: '12-months', measures: 'Reported to the board', recommendations: p.recommendations.slice(0, 5),
  }));
  log(`framework: 10 L reviews, ${framework.reviews.reduce((n, r) => n + r.findings.length, 0)} findings, ${framework.priorities.length} priorities`);
  const rows: Row[] = [];
  const push = (row: Row) => {
    rows.push(row);
    log(`  ${row.name}: ${row.ours.median.toFixed(1)} ms`);
  };
  push({ name: FRAMEWORK_ROWS.draft, ours: summarise(await time(runs, () => draftFramework(reviews, options))) });
  const blocks = docxBlocks(await buildFrameworkDocx(framework, reviews, { today: TODAY }));
  const word = await timePair(runs, () => buildFrameworkDocx(framework, reviews, { today: TODAY }), () => bareDocx(blocks));
  push({ name: FRAMEWORK_ROWS.word, ours: summarise(word.ours), floorName: 'bare docx', floor: summarise(word.floor) });
  const sheets = xlsxSheets(await buildFrameworkXlsx(framework, reviews, { today: TODAY }));
  const excel = await timePair(runs, () => buildFrameworkXlsx(framework, reviews, { today: TODAY }), () => bareXlsx(sheets));
  push({ name: FRAMEWORK_ROWS.excel, ours: summarise(excel.ours), floorName: 'bare exceljs', floor: summarise(excel.floor) });
  return rows;
}
