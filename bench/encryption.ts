/**
 * Encryption at rest, in Node on fake-indexeddb (the same code as the app; Chromium's
 * IndexedDB is faster, so the ratios here are the ones to read, not the times):
 * importing a review encrypted beside the same import into a plain database, reading a
 * whole review back (cold cache: every row through Web Crypto; warm: from the row cache)
 * beside the plain read, and unlocking with 600,000 PBKDF2 iterations.
 */
import 'fake-indexeddb/auto';
import type { ReviewFile } from '../renderer/src/domain/reviewFile.ts';
import { importAndRead, unlockSamples } from './encryptionCore.ts';
import type { Row } from './node.ts';
import { summarise } from './stats.ts';

export async function encryptionRows(scale: string, file: ReviewFile, runs: number, log: (line: string) => void): Promise<Row[]> {
  const s = await importAndRead(file, runs);
  const rows: Row[] = [
    { name: `${scale}: import, encrypted`, ours: summarise(s.importEnc), floorName: 'plain import', floor: summarise(s.importPlain) },
    { name: `${scale}: read whole review, encrypted, cold`, ours: summarise(s.readCold), floorName: 'plain read', floor: summarise(s.readPlain) },
    { name: `${scale}: read whole review, encrypted, warm`, ours: summarise(s.readWarm), floorName: 'plain read', floor: summarise(s.readPlain) },
    { name: 'unlock, PBKDF2 600,000', ours: summarise(await unlockSamples(runs)) },
  ];
  for (const row of rows) {
    const ratio = row.floor ? ` (${(row.ours.median / row.floor.median).toFixed(2)} × ${row.floorName} ${row.floor.median.toFixed(0)} ms)` : '';
    log(`  ${row.name}: ${row.ours.median.toFixed(1)} ms${ratio}`);
  }
  return rows;
}
