/** Small building blocks every repository write uses, so each write stays one transaction. */
import type { Table } from 'dexie';
import { nowInstant } from '../domain/ids.ts';
import type { LocalReviewDb, Row } from './database.ts';
import { ReviewNotFoundError } from './reviewFileRepository.ts';

/** Raised when a change would break the review (e.g. removing an agency still in use). */
export class BlockedChangeError extends Error {
  override readonly name = 'BlockedChangeError';
}

/** Marks the review as changed; call inside the write's transaction. */
export async function touchReview(db: LocalReviewDb, reviewId: string): Promise<void> {
  const count = await db.reviews.update(reviewId, { updatedAt: nowInstant() });
  if (count === 0) throw new ReviewNotFoundError('That review is no longer on this computer.');
}

/** The next position for a new row of a review, so exports keep creation order. */
export async function nextSeq<T>(table: Table<Row<T>, string>, reviewId: string): Promise<number> {
  const rows = await table.where('reviewId').equals(reviewId).toArray();
  return rows.reduce((max, row) => Math.max(max, row.seq), -1) + 1;
}

/** Loads a row or throws a plain-words error when it has gone. */
export async function getRow<T>(table: Table<Row<T>, string>, id: string, what: string): Promise<Row<T>> {
  const row = await table.get(id);
  if (!row) throw new ReviewNotFoundError(`That ${what} no longer exists.`);
  return row;
}
