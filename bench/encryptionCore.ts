/**
 * The encryption measures themselves, free of any environment: bench/encryption.ts runs
 * them in Node on fake-indexeddb, bench/browser/encryption.ts in Chromium.
 */
import Dexie from 'dexie';
import { Keyring } from '../renderer/src/crypto/keyring.ts';
import { LocalReviewDb } from '../renderer/src/db/database.ts';
import { KeySlot } from '../renderer/src/db/encryption.ts';
import { exportReviewFile, importReviewFile } from '../renderer/src/db/reviewFileRepository.ts';
import type { ReviewFile } from '../renderer/src/domain/reviewFile.ts';
import { createVaultService } from '../renderer/src/security/vault.ts';

const collect = () => (globalThis as { gc?: () => void }).gc?.();
let counter = 0;
const dbName = (what: string) => `bench-${what}-${Date.now()}-${++counter}`;

async function timed(work: () => Promise<unknown>): Promise<number> {
  collect();
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function newKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

function encryptedDb(name: string, key: CryptoKey): { db: LocalReviewDb; slot: KeySlot } {
  const slot = new KeySlot();
  slot.fill(key);
  return { db: new LocalReviewDb(name, { keys: slot }), slot };
}

/** Import and read samples, encrypted and plain alternately, each into a fresh opened database. */
export async function importAndRead(file: ReviewFile, runs: number) {
  const key = await newKey();
  const s = { importEnc: [] as number[], importPlain: [] as number[], readCold: [] as number[], readWarm: [] as number[], readPlain: [] as number[] };
  for (let run = 0; run <= runs; run++) {
    const enc = encryptedDb(dbName('enc'), key);
    const plain = new LocalReviewDb(dbName('plain'), { keys: 'plain' });
    await Promise.all([enc.db.open(), plain.open()]);
    const importEnc = await timed(() => importReviewFile(enc.db, file, { validated: true }));
    const importPlain = await timed(() => importReviewFile(plain, file, { validated: true }));
    enc.slot.cache.clear();
    const readCold = await timed(() => exportReviewFile(enc.db, file.review.id));
    const readWarm = await timed(() => exportReviewFile(enc.db, file.review.id));
    const readPlain = await timed(() => exportReviewFile(plain, file.review.id));
    // The first round warms the JIT and is not kept.
    if (run > 0) Object.entries({ importEnc, importPlain, readCold, readWarm, readPlain }).forEach(([k, v]) => s[k as keyof typeof s].push(v));
    enc.db.close();
    plain.close();
    await Promise.all([Dexie.delete(enc.db.name), Dexie.delete(plain.name)]);
  }
  return s;
}

export async function unlockSamples(runs: number): Promise<number[]> {
  const slot = new KeySlot();
  const db = new LocalReviewDb(dbName('vault'), { keys: slot, autoOpen: false });
  const vault = createVaultService({ db, slot, keyring: new Keyring(dbName('keys')) });
  await vault.createVault('bench passphrase, long enough');
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    vault.lock();
    samples.push(await timed(() => vault.unlock('bench passphrase, long enough')));
  }
  vault.lock();
  return samples;
}

