/**
 * The plain → encrypted migration: seals every row of every table of a database
 * written before encryption, in place. One transaction per chunk of rows, so a kill at
 * any moment leaves each row either plain or sealed, never half-written; the next
 * unlock runs it again, and rows already sealed are skipped. While it is unfinished the
 * keyring says so and the middleware accepts plain rows on read (KeySlot.acceptPlainRows).
 */
import Dexie, { type IndexableType, type Table } from 'dexie';
import type { LocalReviewDb } from './database.ts';
import { isSealedRow, readRawIn } from './encryption.ts';

export const MIGRATION_CHUNK = 200;

export type Progress = (done: number, total: number) => void;

async function sealChunk(db: LocalReviewDb, table: Table, after: IndexableType | undefined, size: number): Promise<unknown[]> {
  return db.transaction('rw', table, async (tx) => {
    // Read rows exactly as stored, to tell the plain ones from those already sealed.
    readRawIn(tx.idbtrans);
    const rows: unknown[] = await (after === undefined ? table.orderBy(':id') : table.where(':id').above(after)).limit(size).toArray();
    const plain = rows.filter((row) => !isSealedRow(row));
    if (plain.length) await table.bulkPut(plain);
    return rows;
  });
}

/** Seals every plain row; reports rows visited so far out of all rows. */
export async function encryptInPlace(db: LocalReviewDb, onProgress?: Progress, chunkSize = MIGRATION_CHUNK): Promise<void> {
  const tables = db.tables;
  const total = (await Promise.all(tables.map((table) => table.count()))).reduce((a, b) => a + b, 0);
  let done = 0;
  onProgress?.(0, total);
  for (const table of tables) {
    const keyPath = table.schema.primKey.keyPath!;
    let after: IndexableType | undefined;
    for (;;) {
      const rows = await sealChunk(db, table, after, chunkSize);
      if (rows.length === 0) break;
      after = Dexie.getByKeyPath(rows[rows.length - 1] as object, keyPath) as IndexableType;
      done += rows.length;
      onProgress?.(Math.min(done, total), total);
      if (rows.length < chunkSize) break;
    }
  }
}
