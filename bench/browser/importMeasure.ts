/**
 * Import through the UI, beside its floor, in one fresh page (so a fresh IndexedDB).
 *
 * Ours: from the file input's change event (the moment the file is chosen) to the frame
 * that shows the app's "Imported “…”" confirmation. That span holds everything the app
 * does: reading the file, JSON.parse, zod validation and the integrity checks, the
 * Dexie write in one strict read-write transaction, and the render of the confirmation.
 *
 * Floor: the same records (records.ts) added with raw IndexedDB to a scratch database
 * with the app's stores, keys and indexes, in one read-write transaction with strict
 * durability as the app uses, timed from opening the transaction to its commit. It has
 * no file reading, no parsing and no validation: it is what the write alone costs.
 */
import type { Page } from 'playwright-core';
import type { StoreRecords, StoreSpec } from './records.ts';
import { passStartScreens } from './startScreens.ts';

export interface ImportSample { ours: number; floor: number }

/** Runs in the page: the raw write, timed from the transaction's start to its commit. */
async function rawWrite({ json, stores, name }: { json: string; stores: StoreSpec[]; name: string }): Promise<number> {
  const records = JSON.parse(json) as StoreRecords;
  const request = (r: IDBRequest | IDBOpenDBRequest) => new Promise<unknown>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const opening = indexedDB.open(name, 1);
  opening.onupgradeneeded = () => {
    for (const spec of stores) {
      const store = opening.result.createObjectStore(spec.name, { keyPath: spec.keyPath, autoIncrement: spec.autoIncrement });
      for (const index of spec.indexes) store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
    }
  };
  const db = (await request(opening)) as IDBDatabase;
  const started = performance.now();
  const tx = db.transaction(Object.keys(records), 'readwrite', { durability: 'strict' });
  for (const [store, rows] of Object.entries(records)) {
    const target = tx.objectStore(store);
    for (const row of rows) target.add(row);
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onabort = () => reject(tx.error ?? new Error('aborted'));
  });
  const ms = performance.now() - started;
  db.close();
  await request(indexedDB.deleteDatabase(name));
  return ms;
}

async function importThroughUi(page: Page, path: string, title: string): Promise<number> {
  await page.evaluate((expected) => {
    const done = new Promise<number>((resolve) => {
      document.addEventListener('change', (event) => {
        if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'file') return;
        const chosenAt = event.timeStamp;
        void window.__bench.whenOnScreen(() => document.body.textContent!.includes(expected), document.body)
          .then((paintedAt) => resolve(paintedAt - chosenAt));
      }, { capture: true, once: true });
    });
    (window as unknown as { __benchImport: Promise<number> }).__benchImport = done;
  }, `Imported “${title}”`);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import a review file' }).click()]);
  await chooser.setFiles(path);
  return page.evaluate(() => (window as unknown as { __benchImport: Promise<number> }).__benchImport);
}

/** One run. The order alternates between runs so neither side always goes first. */
export async function measureImport(page: Page, origin: string, file: { path: string; title: string; json: string; stores: StoreSpec[] }, floorFirst: boolean): Promise<ImportSample> {
  await page.goto(`${origin}/`);
  await passStartScreens(page);
  await page.getByText('There are no reviews on this computer yet').waitFor();
  const floor = () => page.evaluate(rawWrite, { json: file.json, stores: file.stores, name: `bench-floor-${Date.now()}` });
  const before = floorFirst ? await floor() : undefined;
  const ours = await importThroughUi(page, file.path, file.title);
  return { ours, floor: before ?? (await floor()) };
}
