/**
 * The workspace's read model at a scale: re-reading the whole-review snapshot after a
 * save (`exportReviewFile` from IndexedDB, here fake-indexeddb in Node) and passing it
 * through `shareStructure` with the previous snapshot, beside the bare re-read as its
 * floor; and how many rows keep their identity when one passage is edited, which is how
 * many `memo`'d rows skip rendering.
 */
import 'fake-indexeddb/auto';
import { LocalReviewDb } from '../renderer/src/db/database.ts';
import { KeySlot } from '../renderer/src/db/encryption.ts';
import { exportReviewFile, importReviewFile } from '../renderer/src/db/reviewFileRepository.ts';
import { updateExcerpt } from '../renderer/src/db/excerptRepository.ts';
import type { ReviewFile } from '../renderer/src/domain/reviewFile.ts';
import { shareStructure } from '../renderer/src/domain/structuralShare.ts';
import { summarise, time, timePair, type Summary } from './stats.ts';

export interface SnapshotFigures {
  reread: Summary;
  rereadFloor: Summary;
  share: Summary;
  /** Rows (of every table) that kept their identity after one passage was edited, and all rows. */
  kept: number;
  rows: number;
}

const STAMP = '1970-01-01T00:00:00.000Z';
const TABLES = ['agencies', 'themes', 'engagements', 'excerpts', 'findings', 'recommendations', 'actions'] as const;

export async function snapshotBench(file: ReviewFile, runs: number): Promise<SnapshotFigures> {
  // Encrypted, as the app's database is: every re-read decrypts (through the row cache).
  const slot = new KeySlot();
  slot.fill(await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']));
  const db = new LocalReviewDb(`bench-snapshot-${process.pid}-${Date.now()}`, { keys: slot });
  try {
    const reviewId = await importReviewFile(db, file, { validated: true });
    const before = await exportReviewFile(db, reviewId, STAMP);
    const edited = before.excerpts[Math.floor(before.excerpts.length / 2)]!;
    // One save as the reviewer makes it: the passage changes and the review's updatedAt with it.
    await updateExcerpt(db, edited.id, { themeIds: edited.themeIds, kind: edited.kind, isQuote: !edited.isQuote });
    const pair = await timePair(runs,
      async () => shareStructure(before, await exportReviewFile(db, reviewId, STAMP)),
      () => exportReviewFile(db, reviewId, STAMP));
    const after = await exportReviewFile(db, reviewId, STAMP);
    const share = await time(runs, () => shareStructure(before, after));
    const shared = shareStructure(before, after);
    let kept = 0;
    let rows = 0;
    for (const table of TABLES) {
      const old = new Set<unknown>(before[table]);
      rows += shared[table].length;
      kept += shared[table].filter((row: unknown) => old.has(row)).length;
    }
    return { reread: summarise(pair.ours), rereadFloor: summarise(pair.floor), share: summarise(share), kept, rows };
  } finally {
    db.close();
    await db.delete();
  }
}
