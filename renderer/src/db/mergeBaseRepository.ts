/**
 * The common ancestors of merges. For each review the app keeps the exact review files
 * it last exported, imported or merged (a few, newest last), so a later merge of a
 * colleague's file can be three-way: its base is the newest kept file the colleague's
 * file descends from (its `lineage`). Rows are sealed at rest like every other table.
 */
import type { Lineage, ReviewFile } from '../domain/reviewFile.ts';
import { newId, nowInstant } from '../domain/ids.ts';
import type { LocalReviewDb } from './database.ts';
import { exportReviewFile, importReviewFile, type ImportOptions } from './reviewFileRepository.ts';

/** One kept file: the snapshot a later merge may start from. */
export interface MergeSnapshot {
  fileId: string;
  recordedAt: string;
  file: ReviewFile;
}

/** The row of `mergeBases`: a review's kept snapshots, newest last. */
export interface MergeBaseRow {
  reviewId: string;
  snapshots: MergeSnapshot[];
}

/** How many snapshots a review keeps: enough for a team of three swapping files in turn. */
export const KEPT_SNAPSHOTS = 4;
const MAX_ANCESTORS = 1000;

/** The lineage a new file of this review gets: a fresh id, descending from every file kept or known. */
export async function lineageFor(db: LocalReviewDb, reviewId: string): Promise<Lineage> {
  const row = await db.mergeBases.get(reviewId);
  const ancestors: string[] = [];
  const seen = new Set<string>();
  for (const snapshot of row?.snapshots ?? []) {
    for (const id of [...(snapshot.file.lineage?.ancestorFileIds ?? []), snapshot.fileId]) {
      if (!seen.has(id)) ancestors.push(id);
      seen.add(id);
    }
  }
  return { fileId: newId(), ancestorFileIds: ancestors.slice(-MAX_ANCESTORS) };
}

/** Keeps `file` (which must carry lineage) as a possible base of later merges of its review. */
export async function recordMergeBase(db: LocalReviewDb, file: ReviewFile, recordedAt = nowInstant()): Promise<void> {
  const lineage = file.lineage;
  if (!lineage) return; // a file without lineage can never be recognised as an ancestor
  await db.transaction('rw', db.mergeBases, async () => {
    const row = await db.mergeBases.get(file.review.id);
    const others = (row?.snapshots ?? []).filter((s) => s.fileId !== lineage.fileId);
    const snapshots = [...others, { fileId: lineage.fileId, recordedAt, file }].slice(-KEPT_SNAPSHOTS);
    await db.mergeBases.put({ reviewId: file.review.id, snapshots });
  });
}

/**
 * The common ancestor for merging `theirs` into its review here: the newest kept file
 * that `theirs` is, or descends from. Undefined when none is known (the merge is two-way).
 */
export async function findMergeBase(db: LocalReviewDb, theirs: ReviewFile): Promise<ReviewFile | undefined> {
  const lineage = theirs.lineage;
  if (!lineage) return undefined;
  const known = new Set([...lineage.ancestorFileIds, lineage.fileId]);
  const row = await db.mergeBases.get(theirs.review.id);
  return row?.snapshots.findLast((s) => known.has(s.fileId))?.file;
}

/** Reads a review as a file to export, with fresh lineage; call recordMergeBase once it is saved. */
export async function exportReviewFileWithLineage(db: LocalReviewDb, reviewId: string): Promise<ReviewFile> {
  return db.transaction('r', [...db.allTables, db.mergeBases], async () => {
    const { format, version, exportedAt, ...rest } = await exportReviewFile(db, reviewId);
    return { format, version, exportedAt, lineage: await lineageFor(db, reviewId), ...rest };
  });
}

/**
 * Imports a review file and, when it is the review itself (not a copy) and carries
 * lineage, keeps it as the base of later merges, in one transaction.
 */
export async function importReviewFileKeepingBase(db: LocalReviewDb, file: ReviewFile, options: ImportOptions = {}): Promise<string> {
  return db.transaction('rw', [...db.allTables, db.mergeBases], async () => {
    const reviewId = await importReviewFile(db, file, options);
    if (!options.asCopy) await recordMergeBase(db, file);
    return reviewId;
  });
}
