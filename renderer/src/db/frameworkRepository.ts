/**
 * Writes to the frameworks table. A stored framework is its whole framework file (the
 * snapshots of its reviews included), keyed by the framework's id; every write validates
 * the file first, so a stored framework always exports as a valid file.
 */
import { FrameworkFileError, parseFrameworkFile, type FrameworkFile } from '../domain/framework/index.ts';
import { newId, nowInstant } from '../domain/ids.ts';
import type { LocalReviewDb } from './database.ts';

export interface StoredFramework {
  id: string;
  updatedAt: string;
  file: FrameworkFile;
}

function stored(file: FrameworkFile): StoredFramework {
  const checked = parseFrameworkFile(file);
  return { id: checked.framework.id, updatedAt: checked.framework.updatedAt, file: checked };
}

/** Adds a new framework (a draft, an import or a copy). */
export async function addFramework(db: LocalReviewDb, file: FrameworkFile): Promise<string> {
  const row = stored(file);
  await db.frameworks.add(row);
  return row.id;
}

/** Saves a change: `change` gets the current file and returns the next; stamps updatedAt. */
export async function updateFramework(db: LocalReviewDb, id: string, change: (file: FrameworkFile) => FrameworkFile): Promise<FrameworkFile> {
  return db.transaction('rw', db.frameworks, async () => {
    const current = await db.frameworks.get(id);
    if (!current) throw new FrameworkFileError('That framework is no longer on this computer.');
    const next = change(structuredClone(current.file));
    const row = stored({ ...next, framework: { ...next.framework, updatedAt: nowInstant() } });
    await db.frameworks.put(row);
    return row.file;
  });
}

/** A copy under new ids, titled "Copy of …". */
export async function duplicateFramework(db: LocalReviewDb, id: string): Promise<string> {
  const current = await db.frameworks.get(id);
  if (!current) throw new FrameworkFileError('That framework is no longer on this computer.');
  const now = nowInstant();
  const { framework } = current.file;
  return addFramework(db, { ...current.file, framework: { ...framework, id: newId(), title: `Copy of ${framework.title}`, createdAt: now, updatedAt: now } });
}

/** Imports a framework file; one already here (same id) comes in as a copy, never over it. */
export async function importFramework(db: LocalReviewDb, file: FrameworkFile): Promise<{ id: string; asCopy: boolean }> {
  const exists = (await db.frameworks.get(file.framework.id)) !== undefined;
  if (!exists) return { id: await addFramework(db, file), asCopy: false };
  return { id: await addFramework(db, { ...file, framework: { ...file.framework, id: newId() } }), asCopy: true };
}

/** Deletes a framework; returns it for Undo. The reviews it drew on are untouched. */
export async function deleteFramework(db: LocalReviewDb, id: string): Promise<StoredFramework> {
  return db.transaction('rw', db.frameworks, async () => {
    const row = await db.frameworks.get(id);
    if (!row) throw new FrameworkFileError('That framework is no longer on this computer.');
    await db.frameworks.delete(id);
    return row;
  });
}

export async function restoreFramework(db: LocalReviewDb, row: StoredFramework): Promise<void> {
  await db.frameworks.put(row);
}
