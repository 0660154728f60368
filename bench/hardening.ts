/**
 * Hostile and huge inputs (issue 12), a section of `npm run bench` that also runs alone:
 * `npx tsx --expose-gc bench/hardening.ts` (FUZZ_RUNS sets the fuzz count, 2,000 per
 * format by default). Times validating the XL review and a 20,000-deep theme chain (each
 * budget ≤ 1 s, bench/budgets.ts) and runs the fuzz suite at length, reporting its counts.
 */
import { pathToFileURL } from 'node:url';
import { parseReviewFile, parseReviewFileText, type ReviewFile, type Theme } from '../renderer/src/domain/reviewFile.ts';
import { generateReview, SCALES } from '../test/generate/generateReview.ts';
import { FORMATS, fuzz, fuzzRuns, type FuzzCounts } from '../test/fuzz/properties.ts';
import type { Row } from './node.ts';
import { summarise, time } from './stats.ts';

export const CHAIN_THEMES = 20_000;

/** A valid review whose themes form one parent chain `count` deep, deepest last. */
export function themeChainReview(count: number): ReviewFile {
  const base = generateReview({ engagements: 2, wordsPerEngagement: 60, passagesPerEngagement: 1 });
  const id = (n: number) => `00000000-0000-4000-8fff-${n.toString(16).padStart(12, '0')}`;
  const chain: Theme[] = Array.from({ length: count }, (_, i) => ({ id: id(i + 1), name: `Theme ${i + 1}`, order: 0, ...(i > 0 && { parentId: id(i) }) }));
  return { ...base, themes: [...base.themes, ...chain] };
}

export async function runHardening(log: (line: string) => void): Promise<{ rows: Row[]; fuzz: FuzzCounts[] }> {
  const rows: Row[] = [];
  const xl = generateReview(SCALES.XL);
  const text = JSON.stringify(xl);
  const json = JSON.parse(text) as unknown;
  const add = async (name: string, work: () => unknown) => {
    const row = { name, ours: summarise(await time(3, work)) };
    rows.push(row);
    log(`  ${name}: ${row.ours.median.toFixed(1)} ms`);
  };
  log(`Hostile and huge inputs: XL is ${(text.length / 1e6).toFixed(1)} MB of JSON`);
  await add('XL: validate', () => parseReviewFile(json));
  await add('XL: read text and validate', () => parseReviewFileText(text));
  const chain = JSON.parse(JSON.stringify(themeChainReview(CHAIN_THEMES))) as unknown;
  await add(`${CHAIN_THEMES.toLocaleString('en-GB')}-theme chain: validate`, () => parseReviewFile(chain));
  const counts: FuzzCounts[] = [];
  const runs = fuzzRuns(2000);
  for (const format of FORMATS) {
    const started = performance.now();
    const result = fuzz(format, runs);
    counts.push(result);
    log(`  fuzz ${format}: ${result.runs} files, ${result.accepted} accepted, ${result.refused} refused soundly, slowest ${result.slowestMs.toFixed(0)} ms (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  return { rows, fuzz: counts };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { formatTable, verdicts } = await import('./table.ts');
  const { rows } = await runHardening((line) => console.log(line));
  console.log(`\n${formatTable(rows)}\n\n${verdicts(rows).join('\n')}`);
}
