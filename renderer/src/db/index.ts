/**
 * The app's database instance, encrypted at rest. It opens only when the vault unlocks
 * (security/vault.ts fills `dataKey` and opens it) and closes on lock, after which every
 * query fails with Dexie's DatabaseClosedError. Tests create their own LocalReviewDb.
 */
import { DEFAULT_DB_NAME, LocalReviewDb } from './database.ts';
import { KeySlot } from './encryption.ts';

export const dataKey = new KeySlot();
export const db = new LocalReviewDb(DEFAULT_DB_NAME, { keys: dataKey, autoOpen: false });
