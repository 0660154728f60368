/**
 * Team work and QDA exchange (issue 14): the merge preview of two copies of a review, each
 * with 10% of its entities changed (some of them the same ones, so there are conflicts),
 * and the .qdpx export and import of the whole review. Run alone with
 * `npx tsx bench/mergeBench.ts [S|L]`; `npm run bench` includes these rows.
 */
import { pathToFileURL } from 'node:url';
import { applyMergePlan, mergeReviewFiles } from '../renderer/src/domain/merge/index.ts';
import type { ReviewFile } from '../renderer/src/domain/reviewFile.ts';
import { buildQdpx } from '../renderer/src/export/index.ts';
import { parseQdpx } from '../renderer/src/import/index.ts';
import { generateReview, SCALES } from '../test/generate/generateReview.ts';
import type { Row } from './node.ts';
import { summarise, time } from './stats.ts';

/** A copy with every tenth entity of each list changed, starting at `offset` (0–9). */
export function changedCopy(file: ReviewFile, offset: number, label: string): ReviewFile {
  const copy = structuredClone(file);
  const every = <T>(items: T[], change: (item: T) => void) => items.forEach((item, i) => { if (i % 10 === offset) change(item); });
  every(copy.engagements, (e) => { e.notes += `\nAdded by ${label}.`; });
  every(copy.excerpts, (x) => { x.isQuote = !x.isQuote; });
  every(copy.findings, (f) => { f.title = `${f.title} (${label})`; });
  every(copy.recommendations, (r) => { r.detail = `${r.detail} (${label})`; });
  every(copy.actions, (a) => { a.description = `${a.description} (${label})`; });
  every(copy.themes, (t) => { t.description = `Described by ${label}`; });
  return copy;
}

export async function mergeAndQdaRows(scale: keyof typeof SCALES, file: ReviewFile, runs: number, log: (line: string) => void): Promise<Row[]> {
  const ours = changedCopy(file, 0, 'ours');
  // Theirs changes a different tenth of most lists, and the same tenth of findings: conflicts.
  const theirs = changedCopy(file, 5, 'theirs');
  theirs.findings.forEach((f, i) => { if (i % 10 === 0) f.title = `${file.findings[i]!.title} (theirs)`; });
  const plan = mergeReviewFiles(ours, theirs, { base: file });
  log(`  ${scale}: merge of 10% changed on each side: ${plan.summary.changed} changed, ${plan.summary.conflicts} with conflicts`);
  const qdpx = await buildQdpx(file);
  const rows: Row[] = [
    { name: `${scale}: merge preview, 10% changed each side`, ours: summarise(await time(runs, () => mergeReviewFiles(ours, theirs, { base: file }))) },
    { name: `${scale}: merge apply`, ours: summarise(await time(runs, () => applyMergePlan(plan))) },
    { name: `${scale}: .qdpx export`, ours: summarise(await time(runs, () => buildQdpx(file))) },
    { name: `${scale}: .qdpx import`, ours: summarise(await time(runs, () => parseQdpx(qdpx))) },
  ];
  for (const row of rows) log(`  ${row.name}: ${row.ours.median.toFixed(1)} ms`);
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const scales = (process.argv.slice(2).filter((a) => a === 'S' || a === 'L') as Array<'S' | 'L'>);
  for (const scale of scales.length ? scales : (['L'] as const)) await mergeAndQdaRows(scale, generateReview(SCALES[scale]), 5, console.log);
}
