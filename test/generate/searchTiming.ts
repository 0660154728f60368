/**
 * Timing of review search (renderer/src/search) in Node: building the in-memory index
 * and answering 100 varied queries, on the Sallowmere sample and on a generated review
 * at scale L (300 engagements of ~1,500 words). Run with `npx tsx test/generate/searchTiming.ts`.
 * Target: query p95 ≤ 30 ms at L.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseReviewFileText, type ReviewFile } from '../../renderer/src/domain/reviewFile.ts';
import { buildSearchIndex, indexedDocumentCount, searchReviewGrouped, updateSearchIndex } from '../../renderer/src/search/searchIndex.ts';
import { generateReview, SCALES } from './generateReview.ts';

// Whole words, prefixes as typed, typos, two- and three-word queries, accents, misses.
const QUERIES = [
  'county', 'county lines', 'coun', 'cou', 'referral', 'referrals', 'refer', 'referal', 'safeguarding', 'safeguardng',
  'school', 'schools exclusion', 'exclusion data', 'youth workers', 'youth', 'trust', 'weekly meeting', 'the', 'and', 'a',
  'mace', 'MACE panel', 'police', 'intelligence station', 'station', 'housing', 'housing officers', 'parents', 'missing',
  'missing episode', 'return home', 'knife crime', 'knife', 'transition', 'Year 7', '12 to 17', 'after-school', 'café',
  'cuckooing', 'kestrel', 'exploitation hub', 'exploit', 'detached', 'health visitors', 'A&E', 'safety plans', 'contextual',
  'contextual safeguarding maps', 'night-time economy', 'weekend', 'borough east', 'named lead', 'form is long', 'term',
  'once a term', 'open case', 'waits weeks', 'escalates', 'rarely', 'builds trust', 'hears about', 'records', 'follows up',
  'struggles', 'neighbourhood', 'neighborhood', 'organise', 'programme', 'xyzzy', 'qwerty lines', 'zzzz', 'Agency 12',
  'Engagement 120', 'theme', 'practitioner', 'practitioners said', 'gap', 'barrier', 'good practice', 'communication',
  'recommendation', 'action', 'share', 'sharing information', 'information', 'inform', 'social care', 'children’s',
  'childrens', 'education', 'emergency department', 'strategy', 'strateg', 'partnership', 'board', 'plan', 'dated plan',
  'owner', 'weeks', 'months', 'high', 'sessions',
];

interface Row {
  label: string;
  documents: number;
  buildMs: number;
  updateMs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function measure(label: string, file: ReviewFile): Row {
  let started = performance.now();
  const index = buildSearchIndex(file);
  const buildMs = performance.now() - started;

  // One engagement's notes edited, as while typing with search open.
  const edited: ReviewFile = { ...file, engagements: file.engagements.map((e, i) => (i === 0 ? { ...e, notes: `${e.notes} Added a line.` } : e)) };
  started = performance.now();
  updateSearchIndex(index, edited);
  const updateMs = performance.now() - started;

  for (const query of QUERIES.slice(0, 10)) searchReviewGrouped(index, query); // warm up
  const times = QUERIES.map((query) => {
    const t = performance.now();
    searchReviewGrouped(index, query);
    return performance.now() - t;
  }).sort((a, b) => a - b);
  return {
    label, documents: indexedDocumentCount(index), buildMs, updateMs,
    medianMs: percentile(times, 50), p95Ms: percentile(times, 95), maxMs: times[times.length - 1]!,
  };
}

const sample = parseReviewFileText(readFileSync(new URL('../../templates/samples/sallowmere.review.json', import.meta.url), 'utf8'));
const rows = [measure('Sallowmere sample', sample), measure('Generated, scale L', generateReview(SCALES.L))];
const ms = (n: number) => n.toFixed(1).padStart(8);
console.log(`${QUERIES.length} queries each (results grouped by kind, 5 per kind, with snippets)`);
console.log('Review               Documents  Build ms  Update ms  Median ms  p95 ms  Max ms');
for (const r of rows) {
  console.log(`${r.label.padEnd(20)} ${String(r.documents).padStart(9)} ${ms(r.buildMs)}  ${ms(r.updateMs)}   ${ms(r.medianMs)} ${ms(r.p95Ms)} ${ms(r.maxMs)}`);
}
