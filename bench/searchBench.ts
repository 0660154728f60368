/**
 * Search at a scale: building the in-memory index and the time of each of 100+ varied
 * queries, each beside its floor: bare MiniSearch indexing the same documents with its
 * default tokeniser, and answering the same queries with the same prefix, fuzzy and AND
 * options, with none of our ranking of exact matches, grouping, snippets or highlights.
 */
import MiniSearch from 'minisearch';
import type { ReviewFile } from '../renderer/src/domain/reviewFile.ts';
import { searchSources } from '../renderer/src/search/documents.ts';
import { buildSearchIndex, SEARCH_OPTIONS, searchReviewGrouped } from '../renderer/src/search/searchIndex.ts';
import { QUERIES } from '../test/generate/searchQueries.ts';
import { summarise, time, timePair, type Summary } from './stats.ts';

export interface SearchFigures { build: Summary; buildFloor: Summary; queries: Summary; queriesFloor: Summary }

/** The time of each query, one run each after a few warm-up queries. */
async function eachQuery(search: (query: string) => unknown): Promise<Summary> {
  for (const query of QUERIES.slice(0, 10)) search(query);
  const samples: number[] = [];
  for (const query of QUERIES) samples.push(...(await time(1, () => search(query), 0)));
  return summarise(samples);
}

export async function searchBench(file: ReviewFile, runs: number): Promise<SearchFigures> {
  const documents = searchSources(file).flatMap((source) => source.make()).map((doc, i) => ({ id: i + 1, title: doc.title, body: doc.body }));
  const bare = () => {
    const mini = new MiniSearch({ fields: ['title', 'body'] });
    mini.addAll(documents);
    return mini;
  };
  const pair = await timePair(runs, () => buildSearchIndex(file), bare);
  const index = buildSearchIndex(file);
  const queries = await eachQuery((query) => searchReviewGrouped(index, query));
  const mini = bare();
  const queriesFloor = await eachQuery((query) => mini.search(query, SEARCH_OPTIONS));
  return { build: summarise(pair.ours), buildFloor: summarise(pair.floor), queries, queriesFloor };
}
