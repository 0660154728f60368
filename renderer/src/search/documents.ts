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

/** Every source of searchable text in a review, in file order. */
/** The parts of a review file its search sources are made from (besides the review's id). */
const SOURCE_PARTS = ['engagements', 'excerpts', 'findings', 'recommendations', 'actions'] as const;

/**
 * True when two snapshots of one review give the same sources for certain: the lists they
 * are made from are the very same arrays (a snapshot replaces only the lists a write
 * touched), so a change to the review alone (its stage, say) costs the index nothing.
 */
export function sameSearchSources(a: ReviewFile, b: ReviewFile): boolean {
  return a.review.id === b.review.id && SOURCE_PARTS.every((part) => a[part] === b[part]);
}

export function searchSources(file: ReviewFile): SearchSource[] {
  const reviewId = file.review.id;
  const route = (rest: Omit<WorkspaceRoute, 'page' | 'reviewId'>): WorkspaceRoute => ({ page: 'workspace', reviewId, ...rest });
  const engagements = new Map(file.engagements.map((e) => [e.id, e]));
  const numbers = new Map(file.recommendations.map((r) => [r.id, r.number]));
  const sources: SearchSource[] = [];

  for (const engagement of file.engagements) {
    const title = engagementTitle(engagement);
    const { notes } = engagement;
    sources.push({
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
    });
  }
  for (const excerpt of file.excerpts) {
    const from = engagements.get(excerpt.engagementId);
    const heading = `Passage from ${from ? engagementTitle(from) : 'an engagement'}`;
    sources.push({
      key: `passage:${excerpt.id}`,
      signature: [heading, excerpt.engagementId, excerpt.text],
      make: () => [{
        kind: 'passage', heading, title: '', body: excerpt.text,
        target: route({ stage: 'analyse', view: 'code', engagementId: excerpt.engagementId, focus: excerpt.id }),
      }],
    });
  }
  for (const finding of file.findings) {
    const heading = `Finding: ${finding.title.trim() || 'untitled'}`;
    sources.push({
      key: `finding:${finding.id}`,
      signature: [heading, finding.title, finding.detail],
      make: () => [{ kind: 'finding', heading, title: finding.title, body: finding.detail, target: route({ stage: 'analyse', view: 'findings', focus: finding.id }) }],
    });
  }
  for (const recommendation of file.recommendations) {
    const heading = `Recommendation ${recommendation.number}: ${recommendation.title.trim() || 'untitled'}`;
    const body = [recommendation.detail, recommendation.successMeasure ?? ''].filter(Boolean).join('\n');
    sources.push({
      key: `recommendation:${recommendation.id}`,
      signature: [heading, body],
      make: () => [{ kind: 'recommendation', heading, title: recommendation.title, body, target: route({ stage: 'recommend', focus: recommendation.id }) }],
    });
  }
  for (const action of file.actions) {
    const number = numbers.get(action.recommendationId);
    const heading = number === undefined ? 'Action' : `Action for recommendation ${number}`;
    const body = [action.description, ...action.updates.map((u) => u.note)].filter(Boolean).join('\n');
    sources.push({
      key: `action:${action.id}`,
      signature: [heading, body],
      make: () => [{ kind: 'action', heading, title: '', body, target: route({ stage: 'follow-up', focus: action.id }) }],
    });
  }
  return sources;
}
