/** Search at a scale: building the in-memory index, and the time of each of 100+ varied queries. */
import type { ReviewFile } from '../renderer/src/domain/reviewFile.ts';
import { buildSearchIndex, searchReviewGrouped } from '../renderer/src/search/searchIndex.ts';
import { QUERIES } from '../test/generate/searchQueries.ts';
import { summarise, time, type Summary } from './stats.ts';

export async function searchBench(file: ReviewFile, runs: number): Promise<{ build: Summary; queries: Summary }> {
  const build = summarise(await time(runs, () => buildSearchIndex(file)));
  const index = buildSearchIndex(file);
  for (const query of QUERIES.slice(0, 10)) searchReviewGrouped(index, query);
  const samples: number[] = [];
  for (const query of QUERIES) samples.push(...(await time(1, () => searchReviewGrouped(index, query), 0)));
  return { build, queries: summarise(samples) };
}
