/** Export and import of review files through the host (save dialog or download; file picker). */
import { db } from '../../db/index.ts';
import { exportReviewFile, importReviewFile, type ImportOptions } from '../../db/reviewFileRepository.ts';
import { parseReviewFileText, serialiseReviewFile, type ReviewFile } from '../../domain/reviewFile.ts';
import { getHost, type SaveOutcome } from '../../host/index.ts';

/** Saves one review as a review file the user places; the title only suggests the name. */
export async function exportReview(reviewId: string): Promise<SaveOutcome> {
  const file = await exportReviewFile(db, reviewId);
  return getHost().saveFile(`${file.review.title} (review file)`, 'review-file', serialiseReviewFile(file));
}

/** Asks the user for a review file and validates it; nothing is written yet. */
export async function pickReviewFile(): Promise<{ fileName: string; file: ReviewFile } | null> {
  const picked = await getHost().openFile('review-file');
  if (picked.status === 'cancelled') return null;
  try {
    return { fileName: picked.fileName, file: parseReviewFileText(picked.bytes) };
  } catch (error) {
    throw new Error(`${picked.fileName} could not be imported: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`, { cause: error });
  }
}

/** Writes a validated file as a review (all-or-nothing) and returns the new review's id. */
export function importReview(file: ReviewFile, options: ImportOptions = {}): Promise<string> {
  return importReviewFile(db, file, options);
}
