/**
 * The Node half of `npm run bench`: for each scale, several runs of parsing, both
 * exporters, the domain rules and search, each beside its floor where one exists
 * (JSON.parse; the bare docx and exceljs libraries writing the same content).
 */
import { coverageMatrix } from '../renderer/src/domain/coverage.ts';
import { strengthForAll } from '../renderer/src/domain/evidence.ts';
import { rollUpByAgency, rollUpByRecommendation } from '../renderer/src/domain/rag.ts';
import { parseReviewFileText, type ReviewFile } from '../renderer/src/domain/reviewFile.ts';
import { buildReportDocx, buildWorkbookXlsx } from '../renderer/src/export/index.ts';
import { generateReview, SCALES } from '../test/generate/generateReview.ts';
import { docxBlocks } from './docxContent.ts';
import { bareDocx, bareXlsx } from './floors.ts';
import { xlsxSheets } from './xlsxContent.ts';
import { searchBench } from './searchBench.ts';
import { snapshotBench } from './snapshotBench.ts';
import { encryptionRows } from './encryption.ts';
import { mergeAndQdaRows } from './mergeBench.ts';
import { frameworkRows } from './frameworkBench.ts';
import { summarise, time, timePair, type Summary } from './stats.ts';

export interface Row {
  name: string;
  ours: Summary;
  floor?: Summary;
  floorName?: string;
}

const RUNS: Record<keyof typeof SCALES, number> = { S: 9, L: 7, XL: 3 };
const TODAY = '2026-09-01';

export async function runNode(scales: ReadonlyArray<keyof typeof SCALES>, log: (line: string) => void): Promise<Row[]> {
  const rows: Row[] = [];
  for (const scale of scales) {
    const runs = RUNS[scale];
    const file: ReviewFile = generateReview(SCALES[scale]);
    const text = JSON.stringify(file);
    log(`${scale}: ${file.engagements.length} engagements, ${file.excerpts.length} passages, ${file.findings.length} findings, ${(text.length / 1e6).toFixed(1)} MB of JSON`);
    const add = async (name: string, work: () => unknown, floor?: { name: string; work: () => unknown }) => {
      let row: Row;
      if (floor) {
        const pair = await timePair(runs, work, floor.work);
        row = { name: `${scale}: ${name}`, ours: summarise(pair.ours), floorName: floor.name, floor: summarise(pair.floor) };
      } else row = { name: `${scale}: ${name}`, ours: summarise(await time(runs, work)) };
      rows.push(row);
      log(`  ${row.name}: ${row.ours.median.toFixed(1)} ms`);
    };
    await add('parse and validate', () => parseReviewFileText(text), { name: 'JSON.parse', work: () => JSON.parse(text) });
    // The floors write what our builders wrote, read back from one untimed build.
    const blocks = docxBlocks(await buildReportDocx(file, { today: TODAY }));
    const sheets = xlsxSheets(await buildWorkbookXlsx(file, { today: TODAY }));
    await add('Word report', () => buildReportDocx(file, { today: TODAY }), { name: 'bare docx', work: () => bareDocx(blocks) });
    await add('Excel workbook', () => buildWorkbookXlsx(file, { today: TODAY }), { name: 'bare exceljs', work: () => bareXlsx(sheets) });
    await add('coverage matrix', () => coverageMatrix(file));
    await add('strength of evidence, all findings', () => strengthForAll(file));
    await add('RAG roll-ups', () => [rollUpByRecommendation(file, TODAY), rollUpByAgency(file, TODAY)]);
    const search = await searchBench(file, runs);
    rows.push({ name: `${scale}: search index build`, ours: search.build, floorName: 'bare MiniSearch', floor: search.buildFloor });
    rows.push({ name: `${scale}: search query p95`, ours: search.queries, floorName: 'bare MiniSearch', floor: search.queriesFloor });
    // The read model in fake-indexeddb: its absolute times are Node's, not Chromium's; the
    // sharing pass is plain computation and the same in both. Not at XL (minutes of import).
    if (scale !== 'XL') {
      const snapshot = await snapshotBench(file, runs);
      rows.push({ name: `${scale}: snapshot re-read, shared`, ours: snapshot.reread, floorName: 'bare re-read', floor: snapshot.rereadFloor });
      rows.push({ name: `${scale}: sharing pass alone`, ours: snapshot.share });
      log(`  ${scale}: after one passage is edited, ${snapshot.kept} of ${snapshot.rows} rows keep their identity`);
    }
    // Encryption at rest, at L only: fake-indexeddb makes XL too slow to be worth its minutes.
    if (scale === 'L') rows.push(...(await encryptionRows(scale, file, 5, log)));
    if (scale !== 'XL') rows.push(...(await mergeAndQdaRows(scale, file, runs, log)));
    if (scale === 'L') rows.push(...(await frameworkRows(5, log)));
  }
  return rows;
}
