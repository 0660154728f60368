/**
 * Writes a merge: the review's rows become the merged file's, and the colleague's file
 * is kept as the base of the next merge, in one transaction over every table of the
 * review, so a failure changes nothing. Undo puts the rows and the kept bases back.
 */
import type { Table } from 'dexie';
import type { ReviewFile } from '../domain/reviewFile.ts';
import { parseReviewFile } from '../domain/reviewFile.ts';
import { withoutUndefined } from '../domain/reviewCopy.ts';
import type { LocalReviewDb, Row } from './database.ts';
import { recordMergeBase, type MergeBaseRow } from './mergeBaseRepository.ts';
import { exportReviewFile, ReviewNotFoundError } from './reviewFileRepository.ts';
import { CHILD_TABLES } from './schema.ts';

/** What Undo needs: the review as it was, and its kept bases as they were. */
export interface MergeUndo {
  before: ReviewFile;
  bases: MergeBaseRow | undefined;
}

function tablesOfAMerge(db: LocalReviewDb): Table[] {
  return [...db.allTables, db.mergeBases];
}

/** Replaces every row of the review with the file's rows; call inside a transaction over its tables. */
async function replaceRows(db: LocalReviewDb, file: ReviewFile): Promise<void> {
  const reviewId = file.review.id;
  await db.reviews.put(withoutUndefined(file.review));
  for (const name of CHILD_TABLES) {
    const table = db[name] as unknown as Table<Row<object>, string>;
    await table.where('reviewId').equals(reviewId).delete();
    await table.bulkAdd((file[name] as object[]).map((entity, seq) => ({ ...withoutUndefined(entity), reviewId, seq })) as Row<object>[]);
  }
  // Peer networks merge by id like every other table, so their rows are replaced too.
  await db.networks.where('reviewId').equals(reviewId).delete();
  await db.networks.bulkAdd((file.networks ?? []).map((network) => ({ ...withoutUndefined(network), reviewId })));
}

/**
 * Writes the merged review (checked again with parseReviewFile first) and keeps their
 * file as a merge base. Returns what Undo needs. Throws ReviewNotFoundError when the
 * review has gone meanwhile.
 */
export async function applyMerge(db: LocalReviewDb, merged: ReviewFile, theirs: ReviewFile): Promise<MergeUndo> {
  const checked = parseReviewFile(merged);
  return db.transaction('rw', tablesOfAMerge(db), async () => {
    if (!(await db.reviews.get(checked.review.id))) throw new ReviewNotFoundError('That review is no longer on this computer.');
    const before = await exportReviewFile(db, checked.review.id);
    const bases = await db.mergeBases.get(checked.review.id);
    await replaceRows(db, checked);
    await recordMergeBase(db, theirs);
    return { before, bases };
  });
}

/** Undo of applyMerge: the review's rows and kept bases as they were before it. */
export async function undoMerge(db: LocalReviewDb, undo: MergeUndo): Promise<void> {
  await db.transaction('rw', tablesOfAMerge(db), async () => {
    await replaceRows(db, undo.before);
    if (undo.bases) await db.mergeBases.put(undo.bases);
    else await db.mergeBases.delete(undo.before.review.id);
  });
}
