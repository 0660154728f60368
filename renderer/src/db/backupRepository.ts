/**
 * Backing up every review and restoring a backup. Both run in one transaction over
 * every review table and the registers of names: a backup is a consistent snapshot, and
 * a restore lands whole or not at all. A restore never overwrites: a review already on
 * this computer is skipped or added as a copy, as the reviewer chose.
 */
import { parseBackupFile, type BackupFile, type NameRegisterEntry } from '../domain/backupFile.ts';
import type { ReviewFile } from '../domain/reviewFile.ts';
import { nowInstant } from '../domain/ids.ts';
import type { LocalReviewDb } from './database.ts';
import { deleteReview, everyTableOfAReview, exportReviewFile, idsInUse, importReviewFile } from './reviewFileRepository.ts';

/** Reads every review (oldest first) and the registers of names of those reviews. */
export async function exportAllReviews(db: LocalReviewDb, exportedAt = nowInstant()): Promise<{ reviews: ReviewFile[]; nameRegisters: NameRegisterEntry[] }> {
  return db.transaction('r', [...db.allTables, db.nameRegisters], async () => {
    const reviews = (await db.reviews.toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const files: ReviewFile[] = [];
    for (const review of reviews) files.push(await exportReviewFile(db, review.id, exportedAt));
    const ids = new Set(reviews.map((r) => r.id));
    const nameRegisters = (await db.nameRegisters.toArray())
      .filter((register) => ids.has(register.reviewId))
      .map(({ reviewId, names }) => ({ reviewId, names: [...names] }));
    return { reviews: files, nameRegisters };
  });
}

/** What to do with a review in the backup that is already on this computer. */
export type PresentReviews = 'copy' | 'skip';

export interface RestoreOutcome {
  /** Ids of the reviews written, for undo. */
  restoredIds: string[];
  added: number;
  copied: number;
  skipped: number;
}

/**
 * True when the review is on this computer, or some of its rows are (a copy of a review
 * here under another review id): either way it can only come back as a copy.
 */
async function isOnThisComputer(db: LocalReviewDb, file: ReviewFile): Promise<boolean> {
  return Boolean(await db.reviews.get(file.review.id)) || (await idsInUse(db, file)).count > 0;
}

/** The ids of the backup's reviews that are already on this computer (or whose rows are). */
export async function reviewsAlreadyPresent(db: LocalReviewDb, backup: BackupFile): Promise<Set<string>> {
  return db.transaction('r', db.allTables, async () => {
    const present = new Set<string>();
    for (const file of backup.reviews) if (await isOnThisComputer(db, file)) present.add(file.review.id);
    return present;
  });
}

/**
 * Restores a validated backup. Presence is decided again inside the transaction, so a
 * review that arrived since the reviewer looked is still never overwritten.
 */
export async function restoreBackup(db: LocalReviewDb, backup: BackupFile, present: PresentReviews, options: { validated?: boolean } = {}): Promise<RestoreOutcome> {
  if (!options.validated) parseBackupFile(backup); // guards callers that skipped parseBackupText
  const registers = new Map((backup.nameRegisters ?? []).map((r) => [r.reviewId, r.names]));
  return db.transaction('rw', everyTableOfAReview(db), async () => {
    const outcome: RestoreOutcome = { restoredIds: [], added: 0, copied: 0, skipped: 0 };
    for (const file of backup.reviews) {
      // Decided per review as it goes: an earlier review of this backup may hold the same rows.
      const isPresent = await isOnThisComputer(db, file);
      if (isPresent && present === 'skip') {
        outcome.skipped += 1;
        continue;
      }
      const id = await importReviewFile(db, file, { asCopy: isPresent, validated: true });
      outcome.restoredIds.push(id);
      if (isPresent) outcome.copied += 1;
      else outcome.added += 1;
      const names = registers.get(file.review.id);
      // A register left behind by a deleted review is merged into, never replaced.
      if (names) {
        const left = await db.nameRegisters.get(id);
        await db.nameRegisters.put({ reviewId: id, names: [...new Set([...(left?.names ?? []), ...names])] });
      }
    }
    return outcome;
  });
}

/** Undoes a restore: removes the restored reviews and their registers in one transaction. */
export async function removeRestoredReviews(db: LocalReviewDb, reviewIds: readonly string[]): Promise<void> {
  await db.transaction('rw', everyTableOfAReview(db), async () => {
    for (const id of reviewIds) {
      await deleteReview(db, id);
      await db.nameRegisters.delete(id);
    }
  });
}
