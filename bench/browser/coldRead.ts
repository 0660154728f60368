/**
 * The first read of a large review after unlocking (issue 12). An import now hands the
 * review it wrote to the in-memory snapshots, so the screens measured after import open
 * from memory; a reviewer who restarts the app and opens the XL review waits for every
 * row to be read and decrypted. This times that (reload, unlock, open the Overview) and,
 * in the same page, its floor: bare IndexedDB reading the same rows (one getAll per
 * table through the reviewId index) and Web Crypto opening as many AES-GCM ciphertexts
 * of the same lengths, under a throwaway key (the data key cannot leave the vault).
 */
import type { Page } from 'playwright-core';
import { openScreen } from './stagesMeasure.ts';
import { passStartScreens } from './startScreens.ts';

const CHILD_TABLES = ['agencies', 'themes', 'engagements', 'excerpts', 'findings', 'recommendations', 'actions'];

/** Runs in the page: the floor for reading `reviewId`, in ms, and the number of rows. */
async function bareRead({ reviewId, tables }: { reviewId: string; tables: string[] }): Promise<{ ms: number; rows: number }> {
  const request = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
  const db = await request(indexedDB.open('local-review'));
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const iv = new Uint8Array(12);
  // One ciphertext per distinct length, made before the clock starts.
  const stored: Array<{ _sealed: { ct: Uint8Array } }> = [];
  const tx = db.transaction(tables);
  for (const table of tables) {
    const rows = await request(tx.objectStore(table).index('reviewId').getAll(IDBKeyRange.only(reviewId)));
    stored.push(...(rows as typeof stored));
  }
  const samples = new Map<number, Uint8Array<ArrayBuffer>>();
  for (const { _sealed: { ct } } of stored) {
    if (!samples.has(ct.length)) samples.set(ct.length, new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new Uint8Array(ct.length - 16))));
  }
  const started = performance.now();
  const read = db.transaction(tables);
  let count = 0;
  for (const table of tables) {
    const rows = await request(read.objectStore(table).index('reviewId').getAll(IDBKeyRange.only(reviewId))) as typeof stored;
    const texts = await Promise.all(rows.map((row) => crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, samples.get(row._sealed.ct.length)!)));
    count += texts.length;
  }
  const ms = performance.now() - started;
  db.close();
  return { ms, rows: count };
}

/** Reloads (which locks), unlocks, and opens the review's Overview: the app's time and the floor's. */
export async function measureColdRead(page: Page, reviewId: string): Promise<{ ms: number; floor: number; rows: number }> {
  // From the Reviews list, as after a restart (a reload keeps the hash, and would open the review at once).
  await page.evaluate(() => { window.location.hash = '#/'; });
  await page.reload();
  await passStartScreens(page);
  await page.getByRole('heading', { level: 1, name: 'Reviews' }).waitFor();
  const ms = await page.evaluate(openScreen, { hash: `#/reviews/${reviewId}`, heading: 'Overview' });
  await page.waitForTimeout(1500);
  const floor = await page.evaluate(bareRead, { reviewId, tables: CHILD_TABLES });
  return { ms, floor: floor.ms, rows: floor.rows };
}
