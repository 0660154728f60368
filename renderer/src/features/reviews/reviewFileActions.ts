/** Export, back-up, import and restore of review files through the host (save dialog or download; file picker). */
import { encryptFile, type Envelope } from '../../crypto/envelope.ts';
import { db } from '../../db/index.ts';
import { exportAllReviews, removeRestoredReviews, restoreBackup, reviewsAlreadyPresent, type PresentReviews, type RestoreOutcome } from '../../db/backupRepository.ts';
import type { ImportOptions } from '../../db/reviewFileRepository.ts';
import { exportReviewFileWithLineage, importReviewFileKeepingBase, recordMergeBase } from '../../db/mergeBaseRepository.ts';
import { serialiseBackupFile, type BackupFile } from '../../domain/backupFile.ts';
import { nowInstant } from '../../domain/ids.ts';
import { serialiseReviewFile, type ReviewFile } from '../../domain/reviewFile.ts';
import { getHost, type SaveOutcome } from '../../host/index.ts';
import type { OpenedFile, RecognisedFile } from './readImportFile.ts';
import { openInWorker, recogniseInWorker, type ReadProgress } from './reading/readClient.ts';

/** How a file leaves the computer: sealed with a password, or plain (behind a warning). */
export type ExportChoice = { kind: 'encrypted'; password: string } | { kind: 'plain' };

/**
 * Saves one review as a review file the user places; the title only suggests the name.
 * A saved file is kept as the base of later merges of colleagues' files (see merge.md).
 */
export async function exportReview(reviewId: string, choice: ExportChoice): Promise<SaveOutcome> {
  const file = await exportReviewFileWithLineage(db, reviewId);
  const name = `${file.review.title} (review file)`;
  const outcome = choice.kind === 'plain'
    ? await getHost().saveFile(name, 'review-file', serialiseReviewFile(file))
    : await getHost().saveFile(name, 'encrypted-file', await encryptFile(new Uint8Array(serialiseReviewFile(file)), choice.password, 'review-file'));
  if (outcome.status === 'saved') await recordMergeBase(db, file);
  return outcome;
}

/** Saves every review and its register of names as one encrypted backup. */
export async function backUpEverything(password: string): Promise<SaveOutcome & { count: number }> {
  const exportedAt = nowInstant();
  const { reviews, nameRegisters } = await exportAllReviews(db, exportedAt);
  const bytes = await encryptFile(serialiseBackupFile(reviews, nameRegisters, exportedAt), password, 'backup');
  const outcome = await getHost().saveFile(`Local Review backup ${exportedAt.slice(0, 10)}`, 'encrypted-file', bytes);
  return { ...outcome, count: reviews.length };
}

/** Says which file failed and that nothing changed, around the reader's plain sentence. */
export class ImportFailedError extends Error {
  override readonly name = 'ImportFailedError';
  constructor(fileName: string, cause: unknown) {
    super(`${fileName} could not be imported. ${cause instanceof Error ? cause.message : String(cause)} Nothing was changed.`, { cause });
  }
}

/** Asks the user for a file and recognises it (plain, or encrypted and still locked); nothing is written. */
export async function pickImportFile(onProgress?: ReadProgress): Promise<{ fileName: string; recognised: RecognisedFile } | null> {
  const picked = await getHost().openFile('review-file');
  if (picked.status === 'cancelled') return null;
  try {
    // Read and checked in a worker: a large file would otherwise hold the window for seconds.
    return { fileName: picked.fileName, recognised: await recogniseInWorker(picked.bytes, onProgress) };
  } catch (error) {
    throw new ImportFailedError(picked.fileName, error);
  }
}

/** Opens an encrypted file with its password; throws the reader's plain error (wrong password, …). */
export function unlockFile(envelope: Envelope, password: string, onProgress?: ReadProgress): Promise<OpenedFile> {
  return openInWorker(envelope, password, onProgress);
}

/** Writes a validated file as a review (all-or-nothing) and returns the new review's id. */
export function importReview(file: ReviewFile, options: ImportOptions = {}): Promise<string> {
  return importReviewFileKeepingBase(db, file, options);
}

/** Restores a validated backup in one transaction; never overwrites a review already here. */
export function restore(backup: BackupFile, present: PresentReviews): Promise<RestoreOutcome> {
  return restoreBackup(db, backup, present, { validated: true });
}

/** Undoes a restore. */
export function undoRestore(outcome: RestoreOutcome): Promise<void> {
  return removeRestoredReviews(db, outcome.restoredIds);
}

/** Ids of the backup's reviews already on this computer, to show before restoring. */
export function reviewsAlreadyHere(backup: BackupFile): Promise<Set<string>> {
  return reviewsAlreadyPresent(db, backup);
}
