/**
 * Search across a review with MiniSearch, in memory only: the index is built from a
 * review-file snapshot, brought up to date from the next snapshot by re-indexing only
 * what changed, and never serialised or stored (notes are sensitive, and free text will
 * be encrypted at rest). A result carries its heading and a snippet with the matched
 * words as ranges, and a route to the place it came from; a notes result's route also
 * carries `at`, the offsets of the match in the notes, so the coding view can select it.
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
import type { WorkspaceRoute } from '../app/router.ts';
import type { ReviewFile } from '../domain/reviewFile.ts';
import { SEARCH_KINDS, type SearchDocument, type SearchKind } from './documents.ts';
import { eachSourceDocs, takeSearchChanges, type SearchChanges, type Signatures } from './changes.ts';
import { highlight, matchRanges, snippet, type Highlighted } from './snippet.ts';
import { foldedTerms, queryTerms } from './terms.ts';
import { runAtOnce } from '../domain/steps.ts';

export { SEARCH_KINDS, type SearchKind } from './documents.ts';
export type { Highlighted, TextRange } from './snippet.ts';

export interface SearchResult {
  /** Unique within one search, for React keys. */
  key: string;
  kind: SearchKind;
  title: Highlighted;
  snippet: Highlighted;
  target: WorkspaceRoute;
  score: number;
}

export interface SearchGroup {
  kind: SearchKind;
  /** How many documents of this kind matched. */
  total: number;
  /** The best of them, best first. */
  results: SearchResult[];
}

interface Indexed {
  id: number;
  doc: SearchDocument;
}

export interface SearchIndex {
  readonly reviewId: string;
  /** @internal */ readonly mini: MiniSearch<Indexed>;
  /** @internal */ readonly docs: Map<number, Indexed>;
  /** @internal Source key → the ids of its documents. */
  readonly sources: Map<string, number[]>;
  /** @internal What each source was indexed from; empty where another thread keeps them. */
  readonly signatures: Signatures;
  /** @internal */ nextId: number;
}

// Findings and recommendations are what a reviewer most often looks for; notes are
// many and long, so their chunks give way when scores are otherwise close.
const KIND_BOOST: Record<SearchKind, number> = { finding: 1.5, recommendation: 1.5, action: 1.2, passage: 1.1, notes: 1 };

/** Prefix matching from three letters (so results come as you type), fuzzy from four. */
export const SEARCH_OPTIONS = {
  combineWith: 'AND',
  boost: { title: 2 },
  prefix: (term: string) => term.length >= 3,
  // One typo for words of 4–8 letters, two from 9.
  fuzzy: (term: string) => (term.length >= 9 ? 2 : term.length >= 4 ? 1 : false),
  weights: { fuzzy: 0.45, prefix: 0.7 },
} satisfies SearchOptions;

function newMiniSearch(docs: Map<number, Indexed>): MiniSearch<Indexed> {
  return new MiniSearch<Indexed>({
    fields: ['title', 'body'],
    storeFields: [],
    extractField: (entry, field) => (field === 'id' ? entry.id : entry.doc[field as 'title' | 'body']),
    // Terms come folded from the tokeniser, which is faster than folding one by one.
    tokenize: foldedTerms,
    processTerm: (term) => term,
    searchOptions: {
      ...SEARCH_OPTIONS,
      boostDocument: (id: number) => KIND_BOOST[docs.get(id)?.doc.kind ?? 'notes'],
    },
  });
}

function removeSource(index: SearchIndex, key: string): number {
  const ids = index.sources.get(key);
  if (!ids) return 0;
  for (const id of ids) {
    const entry = index.docs.get(id);
    if (entry) index.mini.remove(entry);
    index.docs.delete(id);
  }
  index.sources.delete(key);
  return 1;
}

/** An index with nothing in it yet, to be filled by applySearchChanges. */
export function emptySearchIndex(reviewId: string): SearchIndex {
  const docs = new Map<number, Indexed>();
  return { reviewId, mini: newMiniSearch(docs), docs, sources: new Map(), signatures: new Map(), nextId: 1 };
}

/** Takes in changes worked out by takeSearchChanges; returns how many sources it re-indexed or removed. */
export function applySearchChanges(index: SearchIndex, changes: SearchChanges): number {
  let changed = 0;
  for (const key of changes.remove) changed += removeSource(index, key);
  for (const { key, docs } of changes.put) {
    removeSource(index, key);
    const entries = docs.map((doc) => ({ id: index.nextId++, doc }));
    for (const entry of entries) index.docs.set(entry.id, entry);
    index.mini.addAll(entries);
    index.sources.set(key, entries.map((e) => e.id));
    changed += 1;
  }
  return changed;
}

/**
 * Builds the index one source at a time, pausing after each, so a caller can spread a
 * large review's build over several slices of time and keep the page responsive.
 */
export function* buildSearchIndexSteps(file: ReviewFile): Generator<void, SearchIndex, void> {
  const index = emptySearchIndex(file.review.id);
  for (const source of eachSourceDocs(file, index.signatures)) {
    applySearchChanges(index, { put: [source], remove: [] });
    yield;
  }
  return index;
}

/** Builds an in-memory index of a review's notes, passages, findings, recommendations and actions. */
export function buildSearchIndex(file: ReviewFile): SearchIndex {
  return runAtOnce(buildSearchIndexSteps(file));
}

/**
 * Brings `index` up to date with a later snapshot of the same review, re-indexing only
 * the sources whose text changed; returns how many sources it re-indexed or removed.
 * Given the snapshot the index last saw (`previous`), only the kinds of source whose lists
 * changed are looked at (see changedSourceKinds). A snapshot of another review needs a
 * fresh buildSearchIndex.
 */
export function updateSearchIndex(index: SearchIndex, file: ReviewFile, previous?: ReviewFile): number {
  if (file.review.id !== index.reviewId) throw new Error('updateSearchIndex: a different review; build a new index');
  return applySearchChanges(index, takeSearchChanges(index.signatures, file, previous));
}

/** Number of documents (notes chunks and items) in the index. */
export function indexedDocumentCount(index: SearchIndex): number {
  return index.docs.size;
}

interface Hit {
  entry: Indexed;
  score: number;
  terms: string[];
}

/** A query term is matched exactly, or as a prefix from three letters, by one of these terms. */
function isMatchedExactly(term: string, docTerms: string[]): boolean {
  return docTerms.some((t) => t === term || (term.length >= 3 && t.startsWith(term)));
}

/**
 * Every match, best first: whole-word and prefix matches, then those found only by
 * allowing a typo, so "safeg" lists "safeguarding" before "safe". One search finds
 * both; the terms each document matched tell them apart.
 */
function hits(index: SearchIndex, query: string): Hit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const exact: Hit[] = [];
  const typos: Hit[] = [];
  for (const result of index.mini.search(query, { tokenize: () => terms })) {
    const entry = index.docs.get(result.id as number);
    if (!entry) continue;
    const hit = { entry, score: result.score, terms: result.terms };
    (terms.every((term) => isMatchedExactly(term, result.terms)) ? exact : typos).push(hit);
  }
  return [...exact, ...typos];
}

function toResult({ entry, score, terms }: Hit): SearchResult {
  const { doc } = entry;
  const matched = new Set(terms);
  const first = matchRanges(doc.body, matched)[0];
  const inNotes = doc.notesOffset !== undefined && first;
  const target: WorkspaceRoute = inNotes
    ? { ...doc.target, at: { start: doc.notesOffset! + first.start, end: doc.notesOffset! + first.end } }
    : doc.target;
  return {
    key: `${doc.kind}-${entry.id}`,
    kind: doc.kind,
    title: highlight(doc.heading, matched),
    snippet: snippet(doc.body, matched, first),
    target,
    score,
  };
}

/** The best `limit` results for a query, best first. Empty or punctuation-only queries find nothing. */
export function searchReview(index: SearchIndex, query: string, limit = 20): SearchResult[] {
  return hits(index, query).slice(0, limit).map(toResult);
}

/** How many results of each kind a grouped search keeps unless told otherwise. */
export const RESULTS_PER_KIND = 5;

/**
 * Results grouped by kind, in the order of SEARCH_KINDS, keeping the best few of each
 * (`perKind`: one number, or a number for some kinds), so a flood of notes matches
 * cannot hide the one finding that matched.
 */
export function searchReviewGrouped(
  index: SearchIndex,
  query: string,
  perKind: number | Partial<Record<SearchKind, number>> = RESULTS_PER_KIND,
): { total: number; groups: SearchGroup[] } {
  const terms = queryTerms(query);
  if (terms.length === 0) return { total: 0, groups: [] };
  const limit = (kind: SearchKind) => (typeof perKind === 'number' ? perKind : perKind[kind] ?? RESULTS_PER_KIND);
  // One pass over the matches, best first, keeping only what is shown: a common word in a
  // large review matches tens of thousands of chunks, and only the best few of each kind are
  // drawn. Within a kind, whole-word and prefix matches come before those found only by a
  // typo (as in hits()); once a kind has its fill of the former, the rest of it is counted.
  const kept = new Map(SEARCH_KINDS.map((kind) => [kind, { total: 0, exact: [] as Hit[], typos: [] as Hit[] }]));
  let total = 0;
  for (const result of index.mini.search(query, { tokenize: () => terms })) {
    const entry = index.docs.get(result.id as number);
    if (!entry) continue;
    total += 1;
    const group = kept.get(entry.doc.kind)!;
    group.total += 1;
    const room = limit(entry.doc.kind);
    if (group.exact.length >= room) continue;
    const hit = { entry, score: result.score, terms: result.terms };
    if (terms.every((term) => isMatchedExactly(term, result.terms))) group.exact.push(hit);
    else if (group.typos.length < room) group.typos.push(hit);
  }
  const groups = SEARCH_KINDS.map((kind) => {
    const group = kept.get(kind)!;
    return { kind, total: group.total, results: [...group.exact, ...group.typos].slice(0, limit(kind)).map(toResult) };
  }).filter((group) => group.total > 0);
  return { total, groups };
}
