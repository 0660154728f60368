/**
 * Whether a review file's rows would land on ids already stored, checked before writing so
 * a restore can say so plainly instead of failing inside Dexie's bulkAdd.
 */
import type { ReviewFile } from '../domain/reviewFile.ts';
import type { LocalReviewDb } from './database.ts';
import { CHILD_TABLES } from './schema.ts';

/** The first child table whose ids are already stored (by any review), or undefined; call inside a transaction over them. */
export async function firstTableWithIdsInUse(db: LocalReviewDb, file: ReviewFile): Promise<(typeof CHILD_TABLES)[number] | undefined> {
  for (const name of CHILD_TABLES) {
    const ids = (file[name] as ReadonlyArray<{ id: string }>).map((row) => row.id);
    if (ids.length === 0) continue;
    const stored = await (db[name] as unknown as { bulkGet: (keys: string[]) => Promise<unknown[]> }).bulkGet(ids);
    if (stored.some((row) => row !== undefined)) return name;
  }
  return undefined;
}
