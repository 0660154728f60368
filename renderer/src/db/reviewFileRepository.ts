/**
 * Moves whole reviews between the database and the review file. Export reads every
 * table in one read transaction (a consistent snapshot); import writes every table in
 * one read-write transaction, so a failed import leaves nothing behind.
 */
import Dexie, { type Table } from 'dexie';
import type { Review, ReviewFile } from '../domain/reviewFile.ts';
import { parseReviewFile, ReviewFileError, reviewFileSchema } from '../domain/reviewFile.ts';
import type { ReadProgress } from './reviewSnapshots.ts';
import { withFreshIds, withoutUndefined } from '../domain/reviewCopy.ts';
import { nowInstant } from '../domain/ids.ts';
import type { LocalReviewDb, Row } from './database.ts';
import { CHILD_TABLES, type ChildTable } from './schema.ts';
import { readUncachedIn } from './encryption.ts';
import { BlockedChangeError } from './writes.ts';

/** Raised when a file's review is already on this machine; the caller decides (copy or cancel). */
export class ReviewExistsError extends Error {
  override readonly name = 'ReviewExistsError';
  constructor(readonly existing: Review) {
    super(`“${existing.title}” is already on this computer.`);
  }
}

/**
 * Raised, before anything is written, when rows of a file whose review is new here already
 * belong to another review on this computer: usually a copy of that review whose review id
 * was changed by hand or by another tool. Importing it as a copy (fresh ids) works.
 */
export class IdsInUseError extends Error {
  override readonly name = 'IdsInUseError';
  constructor(readonly count: number, readonly other: Review | undefined) {
    super(`${count === 1 ? 'One record' : `${count.toLocaleString('en-GB')} records`} in this file already belong to ${other ? `“${other.title}”` : 'another review'} on this computer.`);
  }
}

export class ReviewNotFoundError extends Error {
  override readonly name = 'ReviewNotFoundError';
}

function stripRow<T extends object>(row: Row<T>): T {
  const { reviewId: _reviewId, seq: _seq, ...entity } = row;
  return withoutUndefined(entity as T);
}

async function readChildren<T extends object>(table: Table<Row<T>, string>, reviewId: string): Promise<T[]> {
  const rows = await table.where('reviewId').equals(reviewId).toArray();
  return rows.sort((a, b) => a.seq - b.seq).map(stripRow);
}

function childTable(db: LocalReviewDb, name: ChildTable): Table<Row<object>, string> {
  return db[name] as unknown as Table<Row<object>, string>;
}

/** The review's peer networks, oldest first, as the file's optional `networks` (absent when none). */
async function readNetworks(db: LocalReviewDb, reviewId: string): Promise<Pick<ReviewFile, 'networks'>> {
  const rows = await db.networks.where('reviewId').equals(reviewId).toArray();
  if (rows.length === 0) return {};
  rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return { networks: rows.map(({ reviewId: _reviewId, ...network }) => network) };
}

/** Reads one review and everything in it as a v1 review file. */
export async function exportReviewFile(db: LocalReviewDb, reviewId: string, exportedAt = nowInstant()): Promise<ReviewFile> {
  return db.transaction('r', db.allTables, async () => {
    const review = await db.reviews.get(reviewId);
    if (!review) throw new ReviewNotFoundError('That review is no longer on this computer.');
    const file = {
      format: 'local-review-file' as const,
      version: 1 as const,
      exportedAt,
      review: withoutUndefined(review),
      agencies: await readChildren(db.agencies, reviewId),
      themes: await readChildren(db.themes, reviewId),
      engagements: await readChildren(db.engagements, reviewId),
      excerpts: await readChildren(db.excerpts, reviewId),
      findings: await readChildren(db.findings, reviewId),
      recommendations: await readChildren(db.recommendations, reviewId),
      actions: await readChildren(db.actions, reviewId),
      ...(await readNetworks(db, reviewId)),
    } satisfies ReviewFile;
    return file;
  });
}

type SliceReader = (table: Table<Row<object>, string>, reviewId: string, keys: string[]) => Promise<Array<Row<{ id: string }>>>;

/** The rows with these keys, one request each (the general way). */
const readKeys: SliceReader = async (table, _reviewId, keys) =>
  (await table.bulkGet(keys) as Array<Row<{ id: string }> | undefined>).filter((r) => r !== undefined);

/**
 * The rows with these (sorted) keys, as one request for the range they span, less other
 * reviews' rows in that range. Used when the review holds at least half of the table, so
 * at most as many rows again are read; one range request costs far less than hundreds of
 * single ones (about half the time for the XL review's 45,000 passages).
 */
const readRange: SliceReader = async (table, reviewId, keys) =>
  (await table.where(':id').between(keys[0]!, keys.at(-1)!, true, true).toArray() as Array<Row<{ id: string }>>).filter((r) => r.reviewId === reviewId);

// A fixed stamp: a snapshot is never written out, and a changing one would only churn.
const SNAPSHOT_STAMP = '1970-01-01T00:00:00.000Z';

/** Rows read per slice of a snapshot's first read: each slice is its own short task. */
export const SNAPSHOT_SLICE = 500;

export type SnapshotRead = { file: ReviewFile; seqs: Map<string, Map<string, number>> } | null;

/**
 * The first read of a review snapshot (see reviewSnapshots.ts): the file and its rows'
 * seq numbers, or null when the review is gone. A large review is read in slices, each
 * in its own transaction with a pause between, so the window is never held for long and
 * `onProgress` can show how far it has got; writes that commit meanwhile are replayed on
 * the result by the snapshots, so it ends as current as a one-transaction read.
 */
export async function readReviewSnapshot(db: LocalReviewDb, reviewId: string, onProgress?: (progress: ReadProgress) => void): Promise<SnapshotRead> {
  const seqs = new Map<string, Map<string, number>>();
  const found = await db.transaction('r', db.allTables, async () => {
    const first = await db.reviews.get(reviewId);
    if (!first) return null;
    const keys = await Promise.all(CHILD_TABLES.map((name) => childTable(db, name).where('reviewId').equals(reviewId).primaryKeys()));
    return { first, keys, counts: await Promise.all(CHILD_TABLES.map((name) => childTable(db, name).count())) };
  });
  if (!found) return null;
  const { keys, counts } = found;
  const total = keys.reduce((sum, k) => sum + k.length, 0);
  // The review's own row comes first, so a screen can show its title while the rest is read.
  const review = withoutUndefined(found.first) as Review;
  onProgress?.({ read: 0, total, review });
  // Every slice of every table, in order; one is read ahead while the last is opened, so
  // IndexedDB and Web Crypto work at the same time.
  const slices = CHILD_TABLES.flatMap((name, i) => {
    const mine = keys[i]!;
    const readSlice = mine.length * 2 >= counts[i]! ? readRange : readKeys;
    const table = childTable(db, name);
    return Array.from({ length: Math.ceil(mine.length / SNAPSHOT_SLICE) }, (_, n) => ({
      name,
      count: Math.min(SNAPSHOT_SLICE, mine.length - n * SNAPSHOT_SLICE),
      // The snapshot keeps the rows: the row cache need not (see readUncachedIn).
      read: () => db.transaction('r', table, (tx) => {
        readUncachedIn(tx.idbtrans);
        return readSlice(table, reviewId, mine.slice(n * SNAPSHOT_SLICE, (n + 1) * SNAPSHOT_SLICE));
      }),
    }));
  });
  const rows = new Map<string, Row<{ id: string }>[]>(CHILD_TABLES.map((name) => [name, []]));
  let read = 0;
  const start = (n: number) => {
    const reading = slices[n]?.read();
    // Awaited in its turn; handled now, so a failure read ahead is not reported as unhandled.
    reading?.catch(() => undefined);
    return reading;
  };
  let ahead = start(0);
  for (const [n, slice] of slices.entries()) {
    const got = await ahead!;
    ahead = start(n + 1);
    // A row deleted since its key was read is left out; the deletion is replayed anyway.
    rows.get(slice.name)!.push(...got);
    read += slice.count;
    onProgress?.({ read, total, review });
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const children: Record<string, object[]> = {};
  for (const [name, list] of rows) {
    list.sort((a, b) => a.seq - b.seq);
    seqs.set(name, new Map(list.map((r) => [r.id, r.seq])));
    children[name] = list.map(stripRow);
  }
  return db.transaction('r', [db.reviews, db.networks], async () => {
    const review = await db.reviews.get(reviewId);
    if (!review) return null;
    const file = { format: 'local-review-file' as const, version: 1 as const, exportedAt: SNAPSHOT_STAMP, review: withoutUndefined(review), ...children, ...(await readNetworks(db, reviewId)) } as ReviewFile;
    return { file, seqs };
  });
}

export interface ImportOptions {
  /** Give the review and every row fresh ids, so it sits beside an existing original. */
  asCopy?: boolean;
  /** Replaces the copy's title, e.g. "Copy of …". */
  title?: string;
  /**
   * The caller has just checked this very object with parseReviewFile, so it is not
   * checked a second time (about 20 ms of a 300-engagement import).
   */
  validated?: boolean;
  /** Told how many of the file's items are saved so far, after each slice (see IMPORT_SLICE). */
  onProgress?: (saved: number, total: number) => void;
}

/**
 * Rows written per bulkAdd. Each slice is sealed and written in its own tasks inside the
 * one transaction, so a 45,000-passage import never holds the window for long, and the
 * progress line can move between slices.
 */
export const IMPORT_SLICE = 250;

/**
 * Counts the file's rows whose ids are already stored (under any review), reading keys
 * only; call inside the import's transaction. Returns the first clash's review, if any.
 */
export async function idsInUse(db: LocalReviewDb, file: ReviewFile): Promise<{ count: number; reviewId?: string }> {
  let count = 0;
  let reviewId: string | undefined;
  for (const name of CHILD_TABLES) {
    const ids = (file[name] as Array<{ id: string }>).map((row) => row.id);
    if (ids.length === 0) continue;
    const found = await childTable(db, name).where(':id').anyOf(ids).primaryKeys();
    count += found.length;
    if (found.length > 0 && reviewId === undefined) reviewId = (await childTable(db, name).get(found[0]!))?.reviewId;
  }
  return { count, reviewId };
}

/**
 * Writes a validated review file as a new review and returns its id. All-or-nothing:
 * one transaction over every table. Never overwrites: when the review already exists
 * it throws ReviewExistsError, and when some of its rows' ids are already used by
 * another review it throws IdsInUseError (both before writing), unless `asCopy` is set.
 */
export async function importReviewFile(db: LocalReviewDb, file: ReviewFile, options: ImportOptions = {}): Promise<string> {
  if (!options.validated) reviewFileSchema.parse(file); // guards callers that skipped parseReviewFile
  let source = options.asCopy ? withFreshIds(file) : file;
  if (options.title) source = { ...source, review: { ...source.review, title: options.title } };
  const reviewId = source.review.id;
  await db.transaction('rw', db.allTables, async () => {
    const existing = await db.reviews.get(reviewId);
    if (existing) throw new ReviewExistsError(existing);
    const clash = await idsInUse(db, source);
    if (clash.count > 0) throw new IdsInUseError(clash.count, clash.reviewId === undefined ? undefined : await db.reviews.get(clash.reviewId));
    const review = withoutUndefined(source.review);
    await db.reviews.add(review);
    const total = CHILD_TABLES.reduce((sum, name) => sum + source[name].length, 0) + (source.networks?.length ?? 0);
    let saved = 0;
    options.onProgress?.(saved, total);
    const children: Record<string, object[]> = {};
    for (const name of CHILD_TABLES) {
      const entities = source[name] as object[];
      const kept: object[] = [];
      for (let at = 0; at < entities.length; at += IMPORT_SLICE) {
        // Slice by slice, so no task copies a whole table (45,000 passages at XL).
        const plain = entities.slice(at, at + IMPORT_SLICE).map(withoutUndefined);
        kept.push(...plain);
        const rows = plain.map((entity, i) => ({ ...entity, reviewId, seq: at + i }));
        // bulkAdd (not bulkPut): an id already used elsewhere aborts the whole import.
        await childTable(db, name).bulkAdd(rows as Row<object>[]);
        saved += rows.length;
        options.onProgress?.(saved, total);
      }
      children[name] = kept;
    }
    const networks = (source.networks ?? []).map((network) => withoutUndefined(network));
    if (networks.length) {
      await db.networks.bulkAdd(networks.map((network) => ({ ...network, reviewId })));
      options.onProgress?.(total, total);
    }
    offerOnCommit(db, reviewId, () => snapshotOf(review, children, networks));
  });
  return reviewId;
}

/**
 * The snapshot a first read of a just-imported review would give (same order, same
 * fields, seq = position), built from the rows the import wrote instead of read back.
 */
function snapshotOf(review: Review, children: Record<string, object[]>, networks: NonNullable<ReviewFile['networks']>): NonNullable<SnapshotRead> {
  const seqs = new Map<string, Map<string, number>>();
  for (const name of CHILD_TABLES) seqs.set(name, new Map((children[name] as Array<{ id: string }>).map((row, i) => [row.id, i])));
  const sorted = [...networks].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const file = { format: 'local-review-file' as const, version: 1 as const, exportedAt: SNAPSHOT_STAMP, review, ...children, ...(sorted.length ? { networks: sorted } : {}) } as ReviewFile;
  return { file, seqs };
}

/**
 * Hands the review to the snapshots when the transaction that wrote it commits (the
 * outermost one, when the import runs inside another), never when it rolls back. It is
 * recorded after the import's writes, so snapshots already kept follow those first.
 */
function offerOnCommit(db: LocalReviewDb, reviewId: string, read: () => NonNullable<SnapshotRead>): void {
  const trans = Dexie.currentTransaction?.idbtrans;
  if (trans) db.snapshots.record(trans, { table: 'reviews', type: 'whole', reviewId, read });
}

/** What Undo needs to bring a deleted review back: its file and its register of names. */
export interface DeletedReview {
  file: ReviewFile;
  names: string[];
}

/**
 * Every table that holds something of a review: the one list for transactions that add,
 * copy, restore or delete whole reviews, so a table added later cannot be left out.
 */
export function everyTableOfAReview(db: LocalReviewDb): Table[] {
  return [...db.allTables, db.drafts, db.nameRegisters, db.mergeBases];
}

/** Removes the review, its rows, its notes drafts and its register; call inside a transaction over everyTableOfAReview. */
async function removeEverything(db: LocalReviewDb, reviewId: string): Promise<void> {
  for (const name of CHILD_TABLES) await childTable(db, name).where('reviewId').equals(reviewId).delete();
  await db.networks.where('reviewId').equals(reviewId).delete();
  await db.drafts.where('reviewId').equals(reviewId).delete();
  await db.nameRegisters.delete(reviewId);
  await db.mergeBases.delete(reviewId);
  await db.reviews.delete(reviewId);
}

/**
 * Deletes a review and all its rows in one transaction; returns what Undo needs (the
 * review file and its register of names, held in memory only until the notice goes).
 * Unsaved notes drafts are not kept: a deleted review leaves no text behind.
 */
export async function deleteReview(db: LocalReviewDb, reviewId: string): Promise<DeletedReview> {
  return db.transaction('rw', everyTableOfAReview(db), async () => {
    const file = await exportReviewFile(db, reviewId);
    const names = (await db.nameRegisters.get(reviewId))?.names ?? [];
    await removeEverything(db, reviewId);
    return { file, names };
  });
}

/**
 * Undo of deleteReview: the review, its rows and its register come back together, through
 * the same checks as an import (parseReviewFile: shape, references, dates, offsets), not
 * on trust. Refused in plain words, changing nothing, when the held file no longer passes
 * them, when the review is on this computer again, or when its items' ids now belong to
 * another review (a re-keyed copy imported meanwhile).
 */
export async function restoreReview(db: LocalReviewDb, deleted: DeletedReview): Promise<string> {
  const title = deleted.file.review.title;
  let file: ReviewFile;
  try {
    file = parseReviewFile(deleted.file);
  } catch (error) {
    if (!(error instanceof ReviewFileError)) throw error;
    throw new BlockedChangeError(`“${title}” cannot be put back: it no longer passes the checks every imported review must pass (${error.message}). Nothing was changed.`, { cause: error });
  }
  return db.transaction('rw', everyTableOfAReview(db), async () => {
    const existing = await db.reviews.get(file.review.id);
    if (existing) throw new BlockedChangeError(`“${existing.title}” is on this computer again, so the deleted review was not put back. Nothing was changed.`);
    const clash = await idsInUse(db, file);
    if (clash.count > 0) throw new BlockedChangeError(`“${title}” cannot be put back, because some of its items now belong to another review on this computer. Nothing was changed.`);
    const reviewId = await importReviewFile(db, file, { validated: true });
    if (deleted.names.length) await db.nameRegisters.put({ reviewId, names: [...deleted.names] });
    return reviewId;
  });
}

/**
 * Deletes a review for good: the review, every row, its notes drafts and its register of
 * names, in one transaction, keeping no copy anywhere (there is no Undo). For reviews past
 * their retention date. Throws ReviewNotFoundError when it has already gone.
 */
export async function deleteReviewPermanently(db: LocalReviewDb, reviewId: string): Promise<void> {
  await db.transaction('rw', everyTableOfAReview(db), async () => {
    if (!(await db.reviews.get(reviewId))) throw new ReviewNotFoundError('That review is no longer on this computer.');
    await removeEverything(db, reviewId);
  });
}

/**
 * Duplicates a review under fresh ids with a "Copy of" title; returns the new id. The copy
 * keeps the register of names, so its exports are checked as carefully as the original's.
 */
export async function duplicateReview(db: LocalReviewDb, reviewId: string): Promise<string> {
  return db.transaction('rw', everyTableOfAReview(db), async () => {
    const file = await exportReviewFile(db, reviewId);
    const now = nowInstant();
    const copy = { ...file, review: { ...file.review, createdAt: now, updatedAt: now } };
    const copyId = await importReviewFile(db, copy, { asCopy: true, title: `Copy of ${file.review.title}` });
    const names = (await db.nameRegisters.get(reviewId))?.names;
    if (names?.length) await db.nameRegisters.put({ reviewId: copyId, names: [...names] });
    return copyId;
  });
}
