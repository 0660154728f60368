/** The plain → encrypted migration: resumable after a kill at any chunk, losing nothing. */
import { describe, expect, it } from 'vitest';
import { exportReviewFile, importReviewFile } from './reviewFileRepository.ts';
import { encryptInPlace } from './encryptInPlace.ts';
import { IntegrityError, isSealedRow } from './encryption.ts';
import { LocalReviewDb } from './database.ts';
import { generateReview, SCALES } from '../../../test/generate/generateReview.ts';
import { filledSlot, plainDb, uniqueDbName } from '../../../test/helpers/testDb.ts';
import { testVault } from '../../../test/helpers/testVault.ts';

const STOP = new Error('killed');
const AT = '2026-06-01T09:00:00.000Z';

/** A plain database (as written before encryption) holding two S reviews and a draft. */
async function plainReviews() {
  const name = uniqueDbName('plain-reviews');
  const db = plainDb(name);
  const file = generateReview(SCALES.S);
  const ids = [await importReviewFile(db, file), await importReviewFile(db, file, { asCopy: true })];
  await db.drafts.put({ engagementId: file.engagements[0]!.id, reviewId: file.review.id, notes: 'unsaved words', savedAt: 5 });
  const exportAll = (from: LocalReviewDb) => Promise.all(ids.map((reviewId) => exportReviewFile(from, reviewId, AT)));
  const expected = await exportAll(db);
  const rows = (await Promise.all(db.tables.map((t) => t.count()))).reduce((a, b) => a + b, 0);
  db.close();
  return { name, ids, exportAll, expected, rows };
}

async function sealedCounts(name: string) {
  const raw = plainDb(name);
  let sealed = 0;
  let plain = 0;
  for (const table of raw.tables) for (const row of await table.toArray()) {
      if (isSealedRow(row)) sealed++;
      else plain++;
    }
  raw.close();
  return { sealed, plain };
}

describe('plain to encrypted migration', () => {
  it('resumes after being stopped between chunks, reading plain rows meanwhile', async () => {
    const { name, exportAll, expected, rows } = await plainReviews();
    const slot = filledSlot(undefined, 0);
    slot.acceptPlainRows = true;
    const db = new LocalReviewDb(name, { keys: slot });
    let chunks = 0;
    const stopAfter = (n: number) => () => {
      if (chunks++ === n) throw STOP;
    };
    await expect(encryptInPlace(db, stopAfter(5), 7)).rejects.toBe(STOP);
    const half = await sealedCounts(name);
    expect(half.sealed).toBeGreaterThan(0);
    expect(half.plain).toBeGreaterThan(0);
    expect(half.sealed + half.plain).toBe(rows);
    // Mixed rows read as one review while the migration is unfinished.
    expect(await exportAll(db)).toEqual(expected);

    const progress: Array<[number, number]> = [];
    await encryptInPlace(db, (done, total) => progress.push([done, total]), 7);
    expect(progress[0]).toEqual([0, rows]);
    expect(progress.at(-1)).toEqual([rows, rows]);
    expect(await sealedCounts(name)).toEqual({ sealed: rows, plain: 0 });
    slot.acceptPlainRows = false;
    db.close();
    const cold = new LocalReviewDb(name, { keys: filledSlot(slot.key(), 0) });
    expect(await exportAll(cold)).toEqual(expected);
    expect((await cold.drafts.toArray())[0]!.notes).toBe('unsaved words');
  });

  it('through the vault: a kill during createVault is finished by the next unlock, after which plain rows are refused', async () => {
    const { name, ids, exportAll, expected, rows } = await plainReviews();
    const t = testVault({ names: { db: name, keyring: `${name}-keys` } });
    let calls = 0;
    await expect(
      t.vault.createVault('a long passphrase', () => {
        if (calls++ === 3) throw STOP;
      }),
    ).rejects.toBe(STOP);
    expect(t.vault.isUnlocked()).toBe(false);
    expect(t.slot.isFilled).toBe(false);
    expect((await t.keyring.vault())!.migration).toBe('unfinished');
    const half = await sealedCounts(name);
    expect(half.sealed).toBeGreaterThan(0);
    expect(half.plain).toBeGreaterThan(0);

    const next = t.restart();
    expect(await next.vault.vaultStatus()).toBe('locked');
    const progress: Array<[number, number]> = [];
    await next.vault.unlock('a long passphrase', (done, total) => progress.push([done, total]));
    expect(progress.at(-1)).toEqual([rows, rows]);
    expect((await next.keyring.vault())!.migration).toBe('done');
    expect(await sealedCounts(name)).toEqual({ sealed: rows, plain: 0 });
    expect(await exportAll(next.db)).toEqual(expected);

    // Finished: a plain row planted in the store is an integrity error, and no progress is reported again.
    const raw = plainDb(name);
    await raw.themes.put({ id: 'planted', reviewId: ids[0], name: 'x', order: 0 } as never);
    raw.close();
    await expect(next.db.themes.get('planted')).rejects.toBeInstanceOf(IntegrityError);
    next.vault.lock();
    const quiet: number[] = [];
    await next.vault.unlock('a long passphrase', (done) => quiet.push(done));
    expect(quiet).toEqual([]);
  });
});
