/**
 * A fresh Dexie database on fake-indexeddb for each test. Encrypted by default, with a
 * random data key, so every repository test runs through the encryption middleware.
 */
import { afterEach } from 'vitest';
import { LocalReviewDb } from '../../renderer/src/db/database.ts';
import { KeySlot } from '../../renderer/src/db/encryption.ts';

let counter = 0;

export function uniqueDbName(prefix = 'test'): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`;
}

export function randomDataKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/**
 * A slot holding a fresh random key (still being made when returned; the middleware
 * waits). No row cache by default, so every read in the repository tests goes through
 * Web Crypto and the kept-alive transaction; encryption.test.ts covers the cache.
 */
export function filledSlot(key: CryptoKey | Promise<CryptoKey> = randomDataKey(), cacheChars = 0): KeySlot {
  const slot = new KeySlot(cacheChars);
  slot.fill(key);
  return slot;
}

/** An encrypted database with its own random key. */
export function freshDb(name = uniqueDbName()): LocalReviewDb {
  return new LocalReviewDb(name, { keys: filledSlot() });
}

/** A database as written before encryption, for the migration tests. */
export function plainDb(name = uniqueDbName('plain'), upTo?: number): LocalReviewDb {
  return new LocalReviewDb(name, { keys: 'plain', ...(upTo === undefined ? {} : { upTo }) });
}

/**
 * For a test file: returns a maker of fresh encrypted databases, each deleted after its
 * test (call at the top level of the file, where afterEach may be registered).
 */
export function freshDbsPerTest(): () => LocalReviewDb {
  const open: LocalReviewDb[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((d) => d.delete()));
  });
  return () => {
    const d = freshDb();
    open.push(d);
    return d;
  };
}
