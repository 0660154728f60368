/**
 * What search looks through, as plain documents: each engagement's notes in chunks,
 * each coded passage, finding, recommendation and action. A document carries a heading
 * (`heading`), its own title and text to search (`title`, `body`) and where it lives. Every
 * entity becomes a "source" with a signature of everything its documents are made from,
 * so an index can be brought up to date by re-making only the sources that changed.
 */
import type { WorkspaceRoute } from '../app/router.ts';
import { engagementTitle } from '../domain/engagementLabels.ts';
import type { ReviewFile } from '../domain/reviewFile.ts';
import { chunkNotes } from './chunks.ts';

export const SEARCH_KINDS = ['finding', 'recommendation', 'action', 'passage', 'notes'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchDocument {
  kind: SearchKind;
  /** The heading shown for a result, e.g. "Finding: Referrals wait weeks". */
  heading: string;
  /** The item's own title, searched with a boost (empty for passages and actions). */
  title: string;
  /** The text searched and from which the snippet comes. */
  body: string;
  /** For notes: where `body` starts in the engagement's notes, to turn offsets into `?at=`. */
  notesOffset?: number;
  /** Where the document lives; a notes result adds `at` for the match. */
  target: WorkspaceRoute;
}

export interface SearchSource {
  /** Stable across snapshots: kind and entity id. */
  key: string;
  /**
   * Everything the documents are made from: when every part is equal, they would be
   * the same. Parts, not one joined string, so comparing costs no copying.
   */
  signature: readonly string[];
  make: () => SearchDocument[];
}

/** The kinds of source, as their keys begin ("notes:…", "passage:…"). */
export const SOURCE_KINDS = ['notes', 'passage', 'finding', 'recommendation', 'action'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The engagement titles passages are headed with, by engagement id. */
function titlesById(engagements: ReviewFile['engagements']): Map<string, string> {
  return new Map(engagements.map((e) => [e.id, engagementTitle(e)]));
}

function sameMap<V>(a: ReadonlyMap<string, V>, b: ReadonlyMap<string, V>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}

/**
 * The kinds of source that may differ between two snapshots of one review. A snapshot
 * replaces only the lists a write touched (the others keep their identity), so this is
 * decided by identity, plus the two things sources borrow from another list: passages are
 * headed with their engagement's title, actions with their recommendation's number. So a
 * save of one engagement's notes re-derives 3,000 notes sources, not 45,000 passages.
 */
export function changedSourceKinds(before: ReviewFile, after: ReviewFile): SourceKind[] {
  const engagements = before.engagements !== after.engagements;
  const recommendations = before.recommendations !== after.recommendations;
  const changed: Record<SourceKind, () => boolean> = {
    notes: () => engagements,
    passage: () => before.excerpts !== after.excerpts || (engagements && !sameMap(titlesById(before.engagements), titlesById(after.engagements))),
    finding: () => before.findings !== after.findings,
    recommendation: () => recommendations,
    action: () => before.actions !== after.actions
      || (recommendations && !sameMap(new Map(before.recommendations.map((r) => [r.id, r.number])), new Map(after.recommendations.map((r) => [r.id, r.number])))),
  };
  return SOURCE_KINDS.filter((kind) => changed[kind]());
}

/** Every source of searchable text in a review (or of the kinds given), in file order. */
export function searchSources(file: ReviewFile, kinds: readonly SourceKind[] = SOURCE_KINDS): SearchSource[] {
  return [...eachSearchSource(file, kinds)];
}

/**
 * The same sources one at a time, so a build spread over slices of time never makes
 * them all in one (63,000 at 3,000 engagements, a task of about 100 ms).
 */
export function* eachSearchSource(file: ReviewFile, kinds: readonly SourceKind[] = SOURCE_KINDS): Generator<SearchSource, void, void> {
  const reviewId = file.review.id;
  const route = (rest: Omit<WorkspaceRoute, 'page' | 'reviewId'>): WorkspaceRoute => ({ page: 'workspace', reviewId, ...rest });
  const wanted = new Set(kinds);

  if (wanted.has('notes')) for (const engagement of file.engagements) {
    const title = engagementTitle(engagement);
    const { notes } = engagement;
    yield {
      key: `notes:${engagement.id}`,
      signature: [title, notes],
      make: () => chunkNotes(notes).map((chunk, i) => ({
        kind: 'notes',
        heading: title,
        // Only the first chunk carries the engagement's title, so a search for the title
        // finds the engagement once rather than once per chunk.
        title: i === 0 ? title : '',
        body: notes.slice(chunk.start, chunk.end),
        notesOffset: chunk.start,
        target: route({ stage: 'analyse', view: 'code', engagementId: engagement.id }),
      })),
    };
  }
  const titles = wanted.has('passage') ? titlesById(file.engagements) : new Map<string, string>();
  if (wanted.has('passage')) for (const excerpt of file.excerpts) {
    const heading = `Passage from ${titles.get(excerpt.engagementId) ?? 'an engagement'}`;
    yield {
      key: `passage:${excerpt.id}`,
      signature: [heading, excerpt.engagementId, excerpt.text],
      make: () => [{
        kind: 'passage', heading, title: '', body: excerpt.text,
        target: route({ stage: 'analyse', view: 'code', engagementId: excerpt.engagementId, focus: excerpt.id }),
      }],
    };
  }
  if (wanted.has('finding')) for (const finding of file.findings) {
    const heading = `Finding: ${finding.title.trim() || 'untitled'}`;
    yield {
      key: `finding:${finding.id}`,
      signature: [heading, finding.title, finding.detail],
      make: () => [{ kind: 'finding', heading, title: finding.title, body: finding.detail, target: route({ stage: 'analyse', view: 'findings', focus: finding.id }) }],
    };
  }
  if (wanted.has('recommendation')) for (const recommendation of file.recommendations) {
    const heading = `Recommendation ${recommendation.number}: ${recommendation.title.trim() || 'untitled'}`;
    const body = [recommendation.detail, recommendation.successMeasure ?? ''].filter(Boolean).join('\n');
    yield {
      key: `recommendation:${recommendation.id}`,
      signature: [heading, body],
      make: () => [{ kind: 'recommendation', heading, title: recommendation.title, body, target: route({ stage: 'recommend', focus: recommendation.id }) }],
    };
  }
  const numbers = new Map(file.recommendations.map((r) => [r.id, r.number]));
  if (wanted.has('action')) for (const action of file.actions) {
    const number = numbers.get(action.recommendationId);
    const heading = number === undefined ? 'Action' : `Action for recommendation ${number}`;
    const body = [action.description, ...action.updates.map((u) => u.note)].filter(Boolean).join('\n');
    yield {
      key: `action:${action.id}`,
      signature: [heading, body],
      make: () => [{ kind: 'action', heading, title: '', body, target: route({ stage: 'follow-up', focus: action.id }) }],
    };
  }
}
