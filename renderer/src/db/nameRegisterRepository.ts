/**
 * The register of names a reviewer keeps for one review (young people, family members,
 * practitioners mentioned in notes), so the personal-data check can find them before
 * export. It lives only in the database (encrypted at rest like every table) and is never
 * written to a plain review file, a report or a workbook.
 */
import type { LocalReviewDb } from './database.ts';
import { touchReview } from './writes.ts';

/** Raised when a name cannot be added: empty, too long, or already in the register. */
export class NameRegisterError extends Error {
  override readonly name = 'NameRegisterError';
}

/** Longer than any real name; stops a pasted paragraph becoming one "name". */
export const MAX_NAME_LENGTH = 100;

const key = (name: string) => name.toLocaleLowerCase('en-GB');

/** The review's names in the order they were added; empty when it has none. */
export async function readNameRegister(db: LocalReviewDb, reviewId: string): Promise<string[]> {
  return (await db.nameRegisters.get(reviewId))?.names ?? [];
}

/** Adds a name (spaces tidied); refuses a blank, over-long or repeated one with a plain message. */
export async function addRegisteredName(db: LocalReviewDb, reviewId: string, raw: string): Promise<string[]> {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (!name) throw new NameRegisterError('Enter a name');
  if (name.length > MAX_NAME_LENGTH) throw new NameRegisterError(`A name must be ${MAX_NAME_LENGTH} characters or fewer`);
  // The register and the review's changed time move together.
  return db.transaction('rw', db.reviews, db.nameRegisters, async () => {
    const names = await readNameRegister(db, reviewId);
    if (names.some((n) => key(n) === key(name))) throw new NameRegisterError(`“${name}” is already in the register`);
    const next = [...names, name];
    await db.nameRegisters.put({ reviewId, names: next });
    await touchReview(db, reviewId);
    return next;
  });
}

/** Removes a name; returns its position so Undo can put it back there. */
export async function removeRegisteredName(db: LocalReviewDb, reviewId: string, name: string): Promise<number> {
  return db.transaction('rw', db.reviews, db.nameRegisters, async () => {
    const names = await readNameRegister(db, reviewId);
    const index = names.indexOf(name);
    if (index < 0) return -1;
    await db.nameRegisters.put({ reviewId, names: names.filter((_, i) => i !== index) });
    await touchReview(db, reviewId);
    return index;
  });
}

/** Puts a removed name back where it was (undo); a name already there again is left alone. */
export async function restoreRegisteredName(db: LocalReviewDb, reviewId: string, name: string, index: number): Promise<void> {
  await db.transaction('rw', db.reviews, db.nameRegisters, async () => {
    const names = await readNameRegister(db, reviewId);
    if (names.some((n) => key(n) === key(name))) return;
    const next = [...names];
    next.splice(Math.max(0, Math.min(index, next.length)), 0, name);
    await db.nameRegisters.put({ reviewId, names: next });
    await touchReview(db, reviewId);
  });
}
