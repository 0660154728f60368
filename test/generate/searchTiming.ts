/**
 * Timing of review search (renderer/src/search) in Node: building the in-memory index
 * and answering 100 varied queries, on the Sallowmere sample and on a generated review
 * at scale L (300 engagements of ~1,500 words). Run with `npx tsx test/generate/searchTiming.ts`.
 * Target: query p95 ≤ 30 ms at L. Times are wall-clock; on a shared machine they also
 * include waiting for a core, so the CPU time the process used is shown beside them.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseReviewFileText, type ReviewFile } from '../../renderer/src/domain/reviewFile.ts';
import { buildSearchIndex, indexedDocumentCount, searchReviewGrouped, updateSearchIndex } from '../../renderer/src/search/searchIndex.ts';
import { generateReview, SCALES } from './generateReview.ts';
import { QUERIES } from './searchQueries.ts';


interface Timing {
  wallMs: number;
  cpuMs: number;
}

interface Row {
  label: string;
  documents: number;
  build: Timing;
  update: Timing;
  median: Timing;
  p95: Timing;
  max: Timing;
}

function time(run: () => void): Timing {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  run();
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - wall, cpuMs: (used.user + used.system) / 1000 };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summary(timings: Timing[], p: number): Timing {
  return { wallMs: percentile(timings.map((t) => t.wallMs), p), cpuMs: percentile(timings.map((t) => t.cpuMs), p) };
}

function measure(label: string, file: ReviewFile): Row {
  let index: ReturnType<typeof buildSearchIndex> | undefined;
  const build = time(() => {
    index = buildSearchIndex(file);
  });
  // One engagement's notes edited, as while typing with search open.
  const edited: ReviewFile = { ...file, engagements: file.engagements.map((e, i) => (i === 0 ? { ...e, notes: `${e.notes} Added a line.` } : e)) };
  const update = time(() => updateSearchIndex(index!, edited));

  for (const query of QUERIES.slice(0, 10)) searchReviewGrouped(index!, query); // warm up
  const queries = QUERIES.map((query) => time(() => searchReviewGrouped(index!, query)));
  return {
    label, documents: indexedDocumentCount(index!), build, update,
    median: summary(queries, 50), p95: summary(queries, 95), max: summary(queries, 100),
  };
}

const sample = parseReviewFileText(readFileSync(new URL('../../templates/samples/sallowmere.review.json', import.meta.url), 'utf8'));
const rows = [measure('Sallowmere sample', sample), measure('Generated, scale L', generateReview(SCALES.L))];
const cell = (t: Timing) => `${t.wallMs.toFixed(1).padStart(7)} (${t.cpuMs.toFixed(1).padStart(6)})`;
console.log(`${QUERIES.length} queries each (results grouped by kind, 5 per kind, with snippets). Load average ${loadavg()[0]!.toFixed(1)}.`);
console.log('Milliseconds, wall-clock (CPU).');
console.log(`${'Review'.padEnd(20)} ${'Documents'.padStart(9)}  ${'Build'.padEnd(16)}  ${'Update'.padEnd(16)}  ${'Query median'.padEnd(16)}  ${'Query p95'.padEnd(16)}  Query max`);
for (const r of rows) {
  console.log(`${r.label.padEnd(20)} ${String(r.documents).padStart(9)}  ${cell(r.build)}  ${cell(r.update)}  ${cell(r.median)}  ${cell(r.p95)}  ${cell(r.max)}`);
}
