/** The one typed Dexie database of the app. Only repositories in db/ write to it. */
import Dexie, { type Table } from 'dexie';
import type { Action, Agency, Engagement, Excerpt, Finding, Recommendation, Review, Theme } from '../domain/reviewFile.ts';
import type { Network } from '../domain/network/schema.ts';
import type { TrainingAttempt, TrainingCohort } from '../domain/training/attempt.ts';
import { encryptionMiddleware, type KeySlot } from './encryption.ts';
import type { MergeBaseRow } from './mergeBaseRepository.ts';
import { readReviewSnapshot } from './reviewFileRepository.ts';
import { ReviewSnapshots } from './reviewSnapshots.ts';
import { LATEST_VERSION, SCHEMA_VERSIONS } from './schema.ts';
import { snapshotMiddleware } from './snapshotMiddleware.ts';

/**
 * A stored child of a review: the file's entity plus its review and its position in the
 * file's array (`seq`), so an export lists rows in the order they were written.
 */
export type Row<T> = T & { reviewId: string; seq: number };

/**
 * The unsaved text of one engagement's notes, kept so a crash or a killed window loses
 * nothing. Not part of the review file: it lives only until the notes save.
 */
export interface NotesDraft {
  engagementId: string;
  reviewId: string;
  notes: string;
  /** When the text was typed (ms since 1970), strictly increasing within a session. */
  savedAt: number;
}

/**
 * The names a reviewer keeps for one review (people mentioned in notes), so the
 * personal-data check can find them before export. Never exported in a plain file.
 */
export interface NameRegister {
  reviewId: string;
  names: string[];
}

/** A peer network of a review: the review file's network plus its review. */
export type NetworkRow = Network & { reviewId: string };

export const DEFAULT_DB_NAME = 'local-review';

export interface DbOptions {
  /**
   * Where the data key comes from: every row is then sealed at rest (see encryption.ts).
   * 'plain' exists only for databases written before encryption, which the migration
   * tests build; the app always passes a slot.
   */
  keys: KeySlot | 'plain';
  /** Build only up to this schema version (the migration tests' earlier databases). */
  upTo?: number;
  /**
   * False for the app's database: it opens only when the vault unlocks, and a query
   * after `close()` (lock) fails instead of opening it again. Tests keep Dexie's default.
   */
  autoOpen?: boolean;
}

export class LocalReviewDb extends Dexie {
  reviews!: Table<Review, string>;
  agencies!: Table<Row<Agency>, string>;
  themes!: Table<Row<Theme>, string>;
  engagements!: Table<Row<Engagement>, string>;
  excerpts!: Table<Row<Excerpt>, string>;
  findings!: Table<Row<Finding>, string>;
  recommendations!: Table<Row<Recommendation>, string>;
  actions!: Table<Row<Action>, string>;
  drafts!: Table<NotesDraft, string>;
  nameRegisters!: Table<NameRegister, string>;
  mergeBases!: Table<MergeBaseRow, string>;
  networks!: Table<NetworkRow, string>;
  trainingCohorts!: Table<TrainingCohort, string>;
  trainingAttempts!: Table<TrainingAttempt, string>;
  frameworks!: Table<import('./frameworkRepository.ts').StoredFramework, string>;

  /** The slot this database reads its key from; null for a plain database. */
  readonly keys: KeySlot | null;
  /** Whole reviews kept current in memory while open (see reviewSnapshots.ts). */
  readonly snapshots = new ReviewSnapshots();

  constructor(name: string, { keys, upTo = LATEST_VERSION, autoOpen = true }: DbOptions) {
    // Strict durability: a committed write has reached the disk, so a crash loses nothing.
    super(name, { chromeTransactionDurability: 'strict', autoOpen });
    this.keys = keys === 'plain' ? null : keys;
    if (this.keys) this.use(encryptionMiddleware(this.keys));
    this.use(snapshotMiddleware(this.snapshots));
    this.snapshots.setReader((reviewId, onProgress) => readReviewSnapshot(this, reviewId, onProgress));
    for (const step of SCHEMA_VERSIONS) {
      if (step.version > upTo) break;
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }

  /** Closing (on lock) forgets every snapshot: nothing read stays in memory. */
  override close(options?: { disableAutoOpen: boolean }): void {
    this.snapshots.clear();
    super.close(options);
  }

  /** Every table of the review file, for transactions that span a whole review. */
  get allTables(): Table[] {
    return [this.reviews, this.agencies, this.themes, this.engagements, this.excerpts, this.findings, this.recommendations, this.actions, this.networks];
  }
}

/**
 * Asks the browser to keep this origin's storage under pressure (no silent eviction).
 * Returns whether storage is persistent; false where the platform has no such API.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return false;
  if (await storage.persisted()) return true;
  return storage.persist();
}
