import { afterEach, describe, expect, it } from 'vitest';
import type { LocalReviewDb } from './database.ts';
import { addAgencies, removeAgency, restoreAgency, updateAgency } from './agencyRepository.ts';
import { addReviewer, removeReviewer, restoreReviewer, updateReview } from './reviewRepository.ts';
import { addThemes, moveTheme, removeTheme, restoreTheme, updateTheme } from './themeRepository.ts';
import { exportReviewFile, importReviewFile } from './reviewFileRepository.ts';
import { BlockedChangeError } from './writes.ts';
import { freshDb } from '../../../test/helpers/testDb.ts';
import { id, makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';

let db: LocalReviewDb;
const REVIEW = id(1);
afterEach(async () => { await db.delete(); });

async function seeded(): Promise<LocalReviewDb> {
  db = freshDb();
  await importReviewFile(db, makeReviewFile());
  return db;
}
const updatedAt = async () => (await db.reviews.get(REVIEW))!.updatedAt;

describe('review record', () => {
  it('saves scope fields, clears optional ones and marks the review changed', async () => {
    await seeded();
    const before = await updatedAt();
    await new Promise((r) => setTimeout(r, 5));
    await updateReview(db, REVIEW, { termsOfReference: 'New terms', localDefinition: 'Local words', startDate: undefined });
    const review = (await db.reviews.get(REVIEW))!;
    expect(review.termsOfReference).toBe('New terms');
    expect(review.localDefinition).toBe('Local words');
    expect('startDate' in review).toBe(false);
    expect(review.updatedAt > before).toBe(true);
  });

  it('refuses an empty title or an end before the start, changing nothing', async () => {
    await seeded();
    await expect(updateReview(db, REVIEW, { title: '   ' })).rejects.toThrow('title');
    await expect(updateReview(db, REVIEW, { endDate: '2026-01-01' })).rejects.toThrow('end date');
    expect((await db.reviews.get(REVIEW))!.title).toBe('Test review');
  });

  it('blocks removing a reviewer named on an engagement; undo restores a removed one in place', async () => {
    await seeded();
    await expect(removeReviewer(db, REVIEW, id(2))).rejects.toBeInstanceOf(BlockedChangeError);
    await addReviewer(db, REVIEW, { name: 'B', role: 'Analyst' });
    await addReviewer(db, REVIEW, { name: 'C', role: 'Analyst' });
    const b = (await db.reviews.get(REVIEW))!.reviewers[1]!;
    const removed = await removeReviewer(db, REVIEW, b.id);
    expect((await db.reviews.get(REVIEW))!.reviewers.map((r) => r.name)).toEqual(['A Reviewer', 'C']);
    await restoreReviewer(db, REVIEW, removed.reviewer, removed.index);
    expect((await db.reviews.get(REVIEW))!.reviewers.map((r) => r.name)).toEqual(['A Reviewer', 'B', 'C']);
  });
});

describe('agencies', () => {
  it('adds in order, edits, and appends to the export in creation order', async () => {
    await seeded();
    const [a] = await addAgencies(db, REVIEW, [{ name: 'Youth Justice Service', sector: 'youth-justice' }, { name: 'CAMHS', sector: 'health' }]);
    await updateAgency(db, { id: a!, name: 'Youth Justice Service (YJS)', sector: 'youth-justice' });
    const file = await exportReviewFile(db, REVIEW);
    expect(file.agencies.map((x) => x.name)).toEqual(['Testborough Police', 'Hill School', 'Youth Justice Service (YJS)', 'CAMHS']);
  });

  it('blocks removing an agency still used; removes and restores an unused one', async () => {
    await seeded();
    await expect(removeAgency(db, id(11))).rejects.toThrow(/Hill School is used/);
    const [unused] = await addAgencies(db, REVIEW, [{ name: 'Fire', sector: 'fire-rescue' }]);
    const row = await removeAgency(db, unused!);
    expect(await db.agencies.get(unused!)).toBeUndefined();
    await restoreAgency(db, row);
    expect((await exportReviewFile(db, REVIEW)).agencies.at(-1)?.name).toBe('Fire');
  });

  it('rejects an unknown sector without writing', async () => {
    await seeded();
    await expect(addAgencies(db, REVIEW, [{ name: 'X', sector: 'army' as never }])).rejects.toThrow();
    expect(await db.agencies.count()).toBe(2);
  });
});

describe('themes', () => {
  it('adds a parent and child in one batch and orders each among its siblings', async () => {
    await seeded();
    const ids = await addThemes(db, REVIEW, [{ ref: 'p', name: 'Health' }, { name: 'A&E', parent: 'p' }, { name: 'Trauma', parent: 'p' }]);
    const rows = await db.themes.bulkGet(ids);
    expect(rows.map((r) => [r!.name, r!.order, r!.parentId === ids[0]])).toEqual([['Health', 1, false], ['A&E', 0, true], ['Trauma', 1, true]]);
  });

  it('moves a theme among its siblings only', async () => {
    await seeded();
    const [health] = await addThemes(db, REVIEW, [{ name: 'Health' }]);
    await moveTheme(db, health!, -1);
    const file = await exportReviewFile(db, REVIEW);
    const top = file.themes.filter((t) => !t.parentId).sort((a, b) => a.order - b.order).map((t) => t.name);
    expect(top).toEqual(['Health', 'Education']);
    await moveTheme(db, health!, -1); // already first: nothing changes
    expect((await db.themes.get(health!))!.order).toBe(0);
  });

  it('renames, clears a description, blocks removing a used or parent theme, and restores', async () => {
    await seeded();
    await updateTheme(db, { id: id(20), name: 'Schools', description: '' });
    expect((await db.themes.get(id(20)))!.name).toBe('Schools');
    await expect(removeTheme(db, id(20))).rejects.toThrow(/sub-themes/);
    await expect(removeTheme(db, id(21))).rejects.toThrow(/coded passage/);
    const [spare] = await addThemes(db, REVIEW, [{ name: 'Spare' }]);
    const row = await removeTheme(db, spare!);
    await restoreTheme(db, row);
    expect((await db.themes.get(spare!))!.name).toBe('Spare');
  });

  it('refuses to restore a sub-theme whose parent has been removed since, changing nothing', async () => {
    await seeded();
    const [parent] = await addThemes(db, REVIEW, [{ name: 'Transport' }]);
    const [child] = await addThemes(db, REVIEW, [{ name: 'Buses', parent: parent! }]);
    const removedChild = await removeTheme(db, child!);
    await removeTheme(db, parent!);
    const before = await db.themes.count();
    await expect(restoreTheme(db, removedChild)).rejects.toThrow('The theme “Buses” sat under a theme that has been removed since, so it cannot be put back.');
    expect(await db.themes.count()).toBe(before);
  });
});
