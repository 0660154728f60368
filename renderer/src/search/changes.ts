/**
 * What an index must take in to match a snapshot, worked out apart from the index, so
 * that the index itself can live in a worker: the window keeps only each source's
 * signature (strings the snapshot already holds, so nothing is copied) and sends the
 * worker the documents of the sources that changed and the keys of those that went.
 */
import type { ReviewFile } from '../domain/reviewFile.ts';
import { changedSourceKinds, eachSearchSource, SOURCE_KINDS, type SearchDocument } from './documents.ts';

/** One source's documents, as the index takes them (replacing any it had for that key). */
export interface SourceDocs {
  key: string;
  docs: SearchDocument[];
}

export interface SearchChanges {
  put: SourceDocs[];
  /** Keys of sources whose items are gone. */
  remove: string[];
}

/** Source key → the signature of what it was last indexed from. */
export type Signatures = Map<string, readonly string[]>;

function sameSignature(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return a !== undefined && a.length === b.length && a.every((part, i) => part === b[i]);
}

/**
 * Every source of a review, made into documents one at a time, each signature recorded in
 * `signatures` as it goes: the first build, which a caller can spread over slices of time.
 */
export function* eachSourceDocs(file: ReviewFile, signatures: Signatures): Generator<SourceDocs, void, void> {
  for (const source of eachSearchSource(file)) {
    signatures.set(source.key, source.signature);
    yield { key: source.key, docs: source.make() };
  }
}

/**
 * The changes that bring an index last built from `signatures` up to `file`, recording the
 * new signatures. Given the snapshot the index last saw (`previous`), only the kinds of
 * source whose lists changed are looked at (see changedSourceKinds); without it, all.
 */
export function takeSearchChanges(signatures: Signatures, file: ReviewFile, previous?: ReviewFile): SearchChanges {
  const kinds = previous?.review.id === file.review.id ? changedSourceKinds(previous, file) : SOURCE_KINDS;
  const changes: SearchChanges = { put: [], remove: [] };
  if (kinds.length === 0) return changes;
  const current = new Set<string>();
  for (const source of eachSearchSource(file, kinds)) {
    current.add(source.key);
    if (sameSignature(signatures.get(source.key), source.signature)) continue;
    signatures.set(source.key, source.signature);
    changes.put.push({ key: source.key, docs: source.make() });
  }
  // Every source of these kinds is now seen; any other of these kinds is an item since deleted.
  const looked = new Set<string>(kinds);
  for (const key of signatures.keys()) {
    if (current.has(key) || !looked.has(key.slice(0, key.indexOf(':')))) continue;
    signatures.delete(key);
    changes.remove.push(key);
  }
  return changes;
}
