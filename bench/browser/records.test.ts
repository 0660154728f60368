import { afterEach, describe, expect, it } from 'vitest';
import type { LocalReviewDb } from '../../renderer/src/db/database.ts';
import { importReviewFile } from '../../renderer/src/db/reviewFileRepository.ts';
import { freshDb } from '../../test/helpers/testDb.ts';
import { makeReviewFile } from '../../test/helpers/reviewFileBuilder.ts';
import { generateReview, SCALES } from '../../test/generate/generateReview.ts';
import { importRecords, storeSpecs } from './records.ts';

const open: LocalReviewDb[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((d) => d.delete()));
});

const byId = (rows: object[]) => [...rows].sort((a, b) => String((a as { id: string }).id).localeCompare(String((b as { id: string }).id)));

describe('the import floor does the same work as the import', () => {
  it.each([['the builder’s file', makeReviewFile()], ['the generated S review', generateReview(SCALES.S)]])('writes the records importReviewFile writes: %s', async (_label, file) => {
    const db = freshDb();
    open.push(db);
    await importReviewFile(db, file);
    const records = importRecords(file);
    expect(Object.keys(records).sort()).toEqual(db.allTables.map((t) => t.name).sort());
    for (const table of db.allTables) expect(byId(records[table.name]!)).toEqual(byId(await table.toArray()));
  });

  it('declares the stores, keys and indexes Dexie creates', async () => {
    const db = freshDb();
    open.push(db);
    await db.open();
    const idb = db.backendDB();
    const specs = storeSpecs();
    expect(specs.map((s) => s.name).sort()).toEqual([...idb.objectStoreNames].sort());
    const tx = idb.transaction([...idb.objectStoreNames], 'readonly');
    for (const spec of specs) {
      const store = tx.objectStore(spec.name);
      expect(store.keyPath).toEqual(spec.keyPath);
      expect(store.autoIncrement).toBe(spec.autoIncrement);
      expect([...store.indexNames].sort()).toEqual(spec.indexes.map((i) => i.name).sort());
      for (const index of spec.indexes) {
        const real = store.index(index.name);
        expect({ keyPath: real.keyPath, unique: real.unique, multiEntry: real.multiEntry }).toEqual({ keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry });
      }
    }
  });

  it('reads Dexie’s key syntax, replacements and deletions', () => {
    expect(storeSpecs([
      { version: 1, stores: { a: '++n, &code, *tags, [x+y]', b: 'id', c: 'id' } },
      { version: 2, stores: { b: 'key, when', c: null } },
    ])).toEqual([
      { name: 'a', keyPath: 'n', autoIncrement: true, indexes: [
        { name: 'code', keyPath: 'code', unique: true, multiEntry: false },
        { name: 'tags', keyPath: 'tags', unique: false, multiEntry: true },
        { name: '[x+y]', keyPath: ['x', 'y'], unique: false, multiEntry: false },
      ] },
      { name: 'b', keyPath: 'key', autoIncrement: false, indexes: [{ name: 'when', keyPath: 'when', unique: false, multiEntry: false }] },
    ]);
  });
});
