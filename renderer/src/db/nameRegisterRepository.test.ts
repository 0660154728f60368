import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../test/helpers/testDb.ts';
import { id, makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';
import { serialiseReviewFile } from '../domain/reviewFile.ts';
import type { LocalReviewDb } from './database.ts';
import { addRegisteredName, NameRegisterError, readNameRegister, removeRegisteredName, restoreRegisteredName } from './nameRegisterRepository.ts';
import {
  deleteReview, deleteReviewPermanently, duplicateReview, exportReviewFile, importReviewFile, restoreReview, ReviewNotFoundError,
} from './reviewFileRepository.ts';
import { writeDraft } from './draftRepository.ts';

const REVIEW = id(1);
let db: LocalReviewDb;

beforeEach(async () => {
  db = freshDb();
  await importReviewFile(db, makeReviewFile());
});
afterEach(async () => {
  await db.delete();
});

describe('the register of names', () => {
  it('starts empty and keeps names in the order they were added, spaces tidied', async () => {
    expect(await readNameRegister(db, REVIEW)).toEqual([]);
    await addRegisteredName(db, REVIEW, '  Jayden   Price ');
    expect(await addRegisteredName(db, REVIEW, 'Mia')).toEqual(['Jayden Price', 'Mia']);
    expect(await readNameRegister(db, REVIEW)).toEqual(['Jayden Price', 'Mia']);
  });

  it.each([
    ['', 'Enter a name'],
    ['   ', 'Enter a name'],
    ['x'.repeat(101), 'A name must be 100 characters or fewer'],
  ])('refuses %j with a plain message', async (name, message) => {
    await expect(addRegisteredName(db, REVIEW, name)).rejects.toThrow(new NameRegisterError(message));
    expect(await readNameRegister(db, REVIEW)).toEqual([]);
  });

  it('refuses a name already there, whatever its case', async () => {
    await addRegisteredName(db, REVIEW, 'Mia');
    await expect(addRegisteredName(db, REVIEW, 'MIA')).rejects.toThrow('“MIA” is already in the register');
    expect(await readNameRegister(db, REVIEW)).toEqual(['Mia']);
  });

  it('removes a name and puts it back where it was', async () => {
    for (const name of ['Ava', 'Ben', 'Cal']) await addRegisteredName(db, REVIEW, name);
    const index = await removeRegisteredName(db, REVIEW, 'Ben');
    expect(await readNameRegister(db, REVIEW)).toEqual(['Ava', 'Cal']);
    await restoreRegisteredName(db, REVIEW, 'Ben', index);
    expect(await readNameRegister(db, REVIEW)).toEqual(['Ava', 'Ben', 'Cal']);
    expect(await removeRegisteredName(db, REVIEW, 'Nobody')).toBe(-1);
  });

  it('marks the review as changed, and refuses a review that has gone', async () => {
    const before = (await db.reviews.get(REVIEW))!.updatedAt;
    await addRegisteredName(db, REVIEW, 'Mia');
    expect((await db.reviews.get(REVIEW))!.updatedAt > before).toBe(true);
    await expect(addRegisteredName(db, id(999), 'Mia')).rejects.toBeInstanceOf(ReviewNotFoundError);
    expect(await db.nameRegisters.get(id(999))).toBeUndefined();
  });

  it('never appears in the plain review file', async () => {
    await addRegisteredName(db, REVIEW, 'Zebedee Quill');
    const text = new TextDecoder().decode(serialiseReviewFile(await exportReviewFile(db, REVIEW)));
    expect(text).not.toContain('Zebedee');
  });
});

describe('the register goes with its review', () => {
  it('is deleted with the review and comes back with Undo', async () => {
    await addRegisteredName(db, REVIEW, 'Mia');
    const deleted = await deleteReview(db, REVIEW);
    expect(await db.nameRegisters.count()).toBe(0);
    expect(deleted.names).toEqual(['Mia']);
    await restoreReview(db, deleted);
    expect(await readNameRegister(db, REVIEW)).toEqual(['Mia']);
    expect(await exportReviewFile(db, REVIEW, deleted.file.exportedAt)).toEqual(deleted.file);
  });

  it('is copied with a duplicate, which then has its own', async () => {
    await addRegisteredName(db, REVIEW, 'Mia');
    const copyId = await duplicateReview(db, REVIEW);
    expect(await readNameRegister(db, copyId)).toEqual(['Mia']);
    await addRegisteredName(db, copyId, 'Ava');
    expect(await readNameRegister(db, REVIEW)).toEqual(['Mia']);
  });

  it('is not created by importing a file', async () => {
    await importReviewFile(db, makeReviewFile(), { asCopy: true });
    expect(await db.nameRegisters.count()).toBe(0);
  });
});

describe('deleting a review permanently', () => {
  it('removes the review, every row, its drafts and its register in one go, leaving other reviews alone', async () => {
    const other = await duplicateReview(db, REVIEW);
    await addRegisteredName(db, REVIEW, 'Mia');
    await writeDraft(db, { engagementId: id(30), reviewId: REVIEW, notes: 'unsaved words', savedAt: 1 });
    await deleteReviewPermanently(db, REVIEW);
    expect(await db.reviews.get(REVIEW)).toBeUndefined();
    for (const table of [...db.allTables.filter((t) => t !== db.reviews), db.drafts]) {
      expect(await table.where('reviewId').equals(REVIEW).count(), table.name).toBe(0);
    }
    expect(await db.nameRegisters.get(REVIEW)).toBeUndefined();
    expect((await exportReviewFile(db, other)).findings).toHaveLength(1);
  });

  it('says so when the review has already gone', async () => {
    await deleteReviewPermanently(db, REVIEW);
    await expect(deleteReviewPermanently(db, REVIEW)).rejects.toBeInstanceOf(ReviewNotFoundError);
  });
});
