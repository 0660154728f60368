/**
 * Whole-review snapshots kept in memory while unlocked, so a screen of a large review
 * opens from what is already read instead of reading and decrypting every row again (at
 * 3,000 engagements a full read takes seconds), and a keystroke's save changes one row
 * of the snapshot instead of re-reading them all.
 *
 * A snapshot is read once (one read transaction: consistent), then kept current by the
 * writes themselves: the snapshot middleware (snapshotMiddleware.ts) hands over every
 * committed write to a review-file table, after commit, as the plain rows written. Rows
 * are replaced, inserted or removed by id, and the arrays and the file that changed are
 * new objects while everything else keeps its identity, so memoised rows skip rendering.
 * Writes that commit while a snapshot is being read are replayed on it once read (a
 * replay is harmless: putting the same row twice, or deleting twice, changes nothing).
 * A write this cannot follow row by row (clearing a table, deleting a key range) drops
 * every snapshot, to be read afresh. The most recently used review and any review on
 * screen are kept; everything goes when the database closes (on lock).
 */
import type { Review, ReviewFile } from '../domain/reviewFile.ts';
import { withoutUndefined } from '../domain/reviewCopy.ts';

/** A committed write to one table, as the middleware saw it. */
export type CommittedWrite =
  | { table: string; type: 'put'; rows: readonly Record<string, unknown>[] }
  | { table: string; type: 'delete'; keys: readonly unknown[] }
  | { table: string; type: 'unfollowable' }
  /** A whole review its writer holds (an import): see offer(). Built only if it commits. */
  | { table: 'reviews'; type: 'whole'; reviewId: string; read: () => ReviewRead };

/** A review file with each child row's seq (the file's order), by table and id. */
export interface ReviewRead { file: ReviewFile; seqs: Map<string, Map<string, number>> }

/** The tables a snapshot is made of: their writes matter; others' do not. */
export const SNAPSHOT_TABLES: ReadonlySet<string> = new Set(['reviews', 'agencies', 'themes', 'engagements', 'excerpts', 'findings', 'recommendations', 'actions', 'networks']);

type ChildName = 'agencies' | 'themes' | 'engagements' | 'excerpts' | 'findings' | 'recommendations' | 'actions';
type Listener = () => void;

interface Entry {
  /** undefined while the first read runs; null once the review is gone. */
  file: ReviewFile | null | undefined;
  /** Each child row's `seq` (the file's order), by table and id: the file itself has none. */
  seqs: Map<string, Map<string, number>>;
  /** Writes committed while the first read runs, replayed once it is done. */
  pending: CommittedWrite[] | null;
  /** How far the first read has got, while it runs. */
  progress: ReadProgress | undefined;
  listeners: Set<Listener>;
}

/** Records read so far of the total during a snapshot's first read, and the review's own row (read first). */
export interface ReadProgress { read: number; total: number; review: Review }

/** Reads a review with its rows' seq numbers, telling progress; null when there is no such review. */
export type SnapshotReader = (reviewId: string, onProgress: (progress: ReadProgress) => void) => Promise<ReviewRead | null>;

export class ReviewSnapshots {
  readonly #entries = new Map<string, Entry>();
  readonly #byTransaction = new WeakMap<object, CommittedWrite[]>();
  #reader: SnapshotReader | null = null;

  /** Set once by the database: how a snapshot is first read. */
  setReader(reader: SnapshotReader): void {
    this.#reader = reader;
  }

  /** The review as last read and written; undefined while being read (see subscribe). */
  current(reviewId: string): ReviewFile | null | undefined {
    return this.#entries.get(reviewId)?.file;
  }

  /** How far the first read of the review has got; undefined when not reading. */
  progress(reviewId: string): ReadProgress | undefined {
    return this.#entries.get(reviewId)?.progress;
  }

  /** Calls `listener` whenever the review's snapshot changes; reads it first if needed. */
  subscribe(reviewId: string, listener: Listener, onError: (error: unknown) => void = () => {}): () => void {
    const entry = this.#entries.get(reviewId) ?? this.#start(reviewId, onError);
    entry.listeners.add(listener);
    this.#touch(reviewId, entry);
    return () => {
      entry.listeners.delete(listener);
      this.#evict();
    };
  }

  /**
   * Holds a write to a review-file table until its transaction commits, then follows it
   * with the rest of that transaction's writes, in order; a rolled-back write is never seen.
   * `trans` is the IndexedDB transaction (the snapshot middleware's `req.trans`).
   */
  record(trans: object, write: CommittedWrite): void {
    let writes = this.#byTransaction.get(trans);
    if (!writes) {
      writes = [];
      this.#byTransaction.set(trans, writes);
      (trans as IDBTransaction).addEventListener('complete', () => this.committed(writes!), { once: true });
    }
    writes.push(write);
  }

  /** Follows committed writes, in commit order (exported for tests; record() calls it). */
  committed(writes: readonly CommittedWrite[]): void {
    let run: CommittedWrite[] = [];
    for (const write of writes) {
      if (write.type !== 'whole') run.push(write);
      else {
        this.#follow(run);
        run = [];
        this.offer(write.reviewId, write.read());
      }
    }
    this.#follow(run);
  }

  #follow(writes: readonly CommittedWrite[]): void {
    const relevant = writes.filter((w) => SNAPSHOT_TABLES.has(w.table));
    if (relevant.length === 0) return;
    if (relevant.some((w) => w.type === 'unfollowable')) return this.#dropAll();
    for (const [reviewId, entry] of [...this.#entries]) {
      if (entry.pending) entry.pending.push(...relevant);
      else this.#apply(reviewId, entry, relevant);
    }
  }

  /**
   * Takes a whole review from the code that has just written all of it (an import, once
   * its transaction commits, recorded after its writes), so a new review opens without
   * reading back what was just written. It replaces no snapshot, one being read (that
   * read is dropped: this is as current) or one that says it is gone (a deleted review
   * put back); a kept snapshot has followed the same writes and is left alone.
   */
  offer(reviewId: string, read: ReviewRead): void {
    const old = this.#entries.get(reviewId);
    if (old?.file) return;
    const entry: Entry = { file: read.file, seqs: read.seqs, pending: null, progress: undefined, listeners: old?.listeners ?? new Set() };
    this.#entries.set(reviewId, entry);
    entry.listeners.forEach((l) => l());
    this.#evict();
  }

  #apply(reviewId: string, entry: Entry, writes: readonly CommittedWrite[]): void {
    if (entry.file === null && writes.some((w) => w.table === 'reviews' && w.type === 'put' && w.rows.some((r) => r.id === reviewId))) {
      // A review that was gone is back (Undo of a delete): read it afresh, for whoever watches.
      return this.#restart(reviewId, entry);
    }
    if (!entry.file) return;
    const next = writes.reduce<ReviewFile | null>((file, w) => (file ? applyWrite(file, entry.seqs, reviewId, w) : null), entry.file);
    if (next === entry.file) return;
    entry.file = next;
    entry.listeners.forEach((l) => l());
  }

  /** Forgets every snapshot (the database is closing). */
  clear(): void {
    this.#dropAll();
  }

  #start(reviewId: string, onError: (error: unknown) => void): Entry {
    const entry: Entry = { file: undefined, seqs: new Map(), pending: [], progress: undefined, listeners: new Set() };
    this.#entries.set(reviewId, entry);
    if (!this.#reader) throw new Error('review snapshots have no reader');
    const onProgress = (progress: ReadProgress) => {
      entry.progress = progress;
      entry.listeners.forEach((l) => l());
    };
    this.#reader(reviewId, onProgress).then((read) => {
      if (this.#entries.get(reviewId) !== entry) return;
      const pending = entry.pending ?? [];
      entry.pending = null;
      entry.progress = undefined;
      entry.seqs = read?.seqs ?? new Map();
      entry.file = read ? read.file : null;
      entry.listeners.forEach((l) => l());
      this.#apply(reviewId, entry, pending);
    }, (error: unknown) => {
      if (this.#entries.get(reviewId) === entry) this.#entries.delete(reviewId);
      onError(error);
    });
    return entry;
  }

  /** Marks the entry most recently used (Map order). */
  #touch(reviewId: string, entry: Entry): void {
    this.#entries.delete(reviewId);
    this.#entries.set(reviewId, entry);
  }

  /** Keeps reviews on screen and the most recently used one. */
  #evict(): void {
    const newest = [...this.#entries.keys()].at(-1);
    for (const [reviewId, entry] of this.#entries) {
      if (entry.listeners.size === 0 && reviewId !== newest) this.#entries.delete(reviewId);
    }
  }

  #dropAll(): void {
    const watched = [...this.#entries].filter(([, e]) => e.listeners.size > 0);
    this.#entries.clear();
    for (const [reviewId, old] of watched) this.#restart(reviewId, old);
  }

  /** Reads the review afresh; a screen still showing it keeps listening to the new entry. */
  #restart(reviewId: string, old: Entry): void {
    this.#entries.delete(reviewId);
    if (old.listeners.size === 0) return;
    const entry = this.#start(reviewId, () => {});
    old.listeners.forEach((l) => entry.listeners.add(l));
    old.listeners.forEach((l) => l());
  }
}

/** One committed write applied to one review's file; the same file when it does not touch it. */
export function applyWrite(file: ReviewFile, seqs: Map<string, Map<string, number>>, reviewId: string, write: CommittedWrite): ReviewFile | null {
  if (write.type === 'unfollowable' || write.type === 'whole') return file;
  if (write.table === 'reviews') {
    if (write.type === 'delete') return write.keys.includes(reviewId) ? null : file;
    const row = write.rows.find((r) => r.id === reviewId);
    return row ? { ...file, review: withoutUndefined(row) as unknown as ReviewFile['review'] } : file;
  }
  if (write.table === 'networks') return applyToNetworks(file, reviewId, write);
  const table = write.table as ChildName;
  const list = file[table] as ReadonlyArray<{ id: string }>;
  const tableSeqs = seqs.get(table) ?? new Map<string, number>();
  seqs.set(table, tableSeqs);
  let next: Array<{ id: string }>;
  if (write.type === 'delete') {
    const gone = new Set(write.keys as string[]);
    if (!list.some((r) => gone.has(r.id))) return file;
    next = list.filter((r) => !gone.has(r.id));
    gone.forEach((id) => tableSeqs.delete(id));
  } else {
    const mine = write.rows.filter((r) => r.reviewId === reviewId);
    const moved = write.rows.filter((r) => r.reviewId !== reviewId && tableSeqs.has(r.id as string));
    if (mine.length === 0 && moved.length === 0) return file;
    const byId = new Map(list.map((r) => [r.id, r]));
    for (const r of moved) { byId.delete(r.id as string); tableSeqs.delete(r.id as string); }
    for (const { reviewId: _r, seq, ...entity } of mine) {
      byId.set(entity.id as string, withoutUndefined(entity) as { id: string });
      tableSeqs.set(entity.id as string, seq as number);
    }
    next = [...byId.values()].sort((a, b) => tableSeqs.get(a.id)! - tableSeqs.get(b.id)!);
  }
  return { ...file, [table]: next };
}

function applyToNetworks(file: ReviewFile, reviewId: string, write: CommittedWrite): ReviewFile {
  const list = file.networks ?? [];
  let next: typeof list;
  if (write.type === 'delete') {
    const gone = new Set(write.keys as string[]);
    if (!list.some((n) => gone.has(n.id))) return file;
    next = list.filter((n) => !gone.has(n.id));
  } else if (write.type === 'put') {
    const mine = write.rows.filter((r) => r.reviewId === reviewId);
    if (mine.length === 0) return file;
    const byId = new Map(list.map((n) => [n.id, n]));
    for (const { reviewId: _r, ...network } of mine) byId.set(network.id as string, network as unknown as (typeof list)[number]);
    next = [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  } else return file;
  const { networks: _old, ...rest } = file;
  return next.length ? { ...rest, networks: next } : rest;
}
