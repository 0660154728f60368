/** A fresh Dexie database on fake-indexeddb for each test. */
import { LocalReviewDb } from '../../renderer/src/db/database.ts';

let counter = 0;

export function freshDb(): LocalReviewDb {
  counter += 1;
  return new LocalReviewDb(`test-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`);
}
