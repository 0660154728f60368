import { describe, expect, it, vi } from 'vitest';
import { exportAllReviews, removeRestoredReviews, restoreBackup, reviewsAlreadyPresent } from './backupRepository.ts';
import { importReviewFile } from './reviewFileRepository.ts';
import { parseBackupText, serialiseBackupFile, type BackupFile } from '../domain/backupFile.ts';
import { withFreshIds } from '../domain/reviewCopy.ts';
import type { ReviewFile } from '../domain/reviewFile.ts';
import { freshDbsPerTest } from '../../../test/helpers/testDb.ts';
import { id, makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';
import type { LocalReviewDb } from './database.ts';

const db = freshDbsPerTest();

const counts = (d: LocalReviewDb) => Promise.all([...d.allTables, d.nameRegisters].map((t) => t.count()));
const EXPORTED = '2026-04-01T12:00:00.000Z';

function backupOf(reviews: ReviewFile[], nameRegisters: BackupFile['nameRegisters'] = []): BackupFile {
  return { format: 'local-review-backup', version: 1, exportedAt: EXPORTED, reviews, nameRegisters };
}

const first = makeReviewFile();
const second = withFreshIds(makeReviewFile({ review: { ...makeReviewFile().review, title: 'Second review' } }));

describe('back up everything and restore', () => {
  it('backs up every review with its register of names, and restores them into an empty computer', async () => {
    const source = db();
    await importReviewFile(source, first);
    await importReviewFile(source, second);
    await source.nameRegisters.put({ reviewId: first.review.id, names: ['Jordan Smith'] });
    const { reviews, nameRegisters } = await exportAllReviews(source, EXPORTED);
    expect(reviews.map((r) => r.review.title)).toEqual(['Test review', 'Second review']);
    const backup = parseBackupText(serialiseBackupFile(reviews, nameRegisters, EXPORTED));
    expect(backup.reviews[0]).toEqual({ ...first, exportedAt: EXPORTED });

    const target = db();
    const outcome = await restoreBackup(target, backup, 'copy');
    expect(outcome).toMatchObject({ added: 2, copied: 0, skipped: 0 });
    expect(await exportAllReviews(target, EXPORTED)).toEqual({ reviews, nameRegisters });
  });

  it('never overwrites a review already here: it is skipped or added as a copy with its register', async () => {
    const d = db();
    const mine = { ...first, review: { ...first.review, title: 'My edited copy' } };
    await importReviewFile(d, mine);
    const backup = backupOf([first, second], [{ reviewId: first.review.id, names: ['Jordan Smith'] }]);
    expect(await reviewsAlreadyPresent(d, backup)).toEqual(new Set([first.review.id]));

    const skipped = await restoreBackup(d, backup, 'skip');
    expect(skipped).toMatchObject({ added: 1, copied: 0, skipped: 1, restoredIds: [second.review.id] });
    expect((await d.reviews.get(first.review.id))?.title).toBe('My edited copy');
    expect(await d.nameRegisters.count()).toBe(0);
    await removeRestoredReviews(d, skipped.restoredIds);

    const copied = await restoreBackup(d, backup, 'copy');
    expect(copied).toMatchObject({ added: 1, copied: 1, skipped: 0 });
    expect((await d.reviews.get(first.review.id))?.title).toBe('My edited copy');
    const copyId = copied.restoredIds[0]!;
    expect(copyId).not.toBe(first.review.id);
    expect((await d.reviews.get(copyId))?.title).toBe('Test review');
    expect(await d.nameRegisters.get(copyId)).toEqual({ reviewId: copyId, names: ['Jordan Smith'] });
    expect(await d.nameRegisters.get(first.review.id)).toBeUndefined();
  });

  it('is all or nothing: a bad review among good ones changes nothing', async () => {
    const d = db();
    await importReviewFile(d, first);
    const before = await counts(d);
    const bad = { ...second, review: { ...second.review, startDate: '2026-05-02', endDate: '2026-05-01' } };
    await expect(restoreBackup(d, backupOf([withFreshIds(first), bad]), 'copy')).rejects.toThrow('reviews[1].review.endDate');
    expect(await counts(d)).toEqual(before);
  });

  it('is all or nothing: a failure in the last review rolls back the reviews written before it', async () => {
    const d = db();
    const other = withFreshIds(first);
    await importReviewFile(d, other);
    const before = await counts(d);
    // The third review's last write fails, as a full disk would.
    const write = d.actions.bulkAdd.bind(d.actions);
    let calls = 0;
    vi.spyOn(d.actions, 'bulkAdd').mockImplementation(((...args: Parameters<typeof write>) => (++calls === 3 ? Promise.reject(new Error('The disk is full')) : write(...args))) as typeof write);
    const backup = backupOf([first, second, withFreshIds(first)], [{ reviewId: first.review.id, names: ['A Name'] }]);
    await expect(restoreBackup(d, backup, 'copy')).rejects.toThrow('The disk is full');
    expect(await counts(d)).toEqual(before);
    expect(await d.reviews.get(first.review.id)).toBeUndefined();
  });

  it('treats a review whose rows are already here under another review id as present: copied or skipped, never a clash', async () => {
    const d = db();
    await importReviewFile(d, first);
    const rekeyed = { ...first, review: { ...first.review, id: id(901), title: 'Re-keyed copy' } };
    const backup = backupOf([rekeyed, second]);
    expect([...(await reviewsAlreadyPresent(d, backup))]).toEqual([rekeyed.review.id]);
    const skipped = await restoreBackup(d, backup, 'skip');
    expect(skipped).toMatchObject({ added: 1, copied: 0, skipped: 1 });
    await removeRestoredReviews(d, skipped.restoredIds);
    const copied = await restoreBackup(d, backup, 'copy');
    expect(copied).toMatchObject({ added: 1, copied: 1, skipped: 0 });
    const titles = (await d.reviews.toArray()).map((r) => r.title).sort();
    expect(titles).toEqual(['Re-keyed copy', 'Second review', 'Test review']);
  });

  it('undo removes exactly the restored reviews and their registers', async () => {
    const d = db();
    await importReviewFile(d, first);
    const before = await counts(d);
    const outcome = await restoreBackup(d, backupOf([first, second], [{ reviewId: second.review.id, names: ['B Name'] }]), 'copy');
    expect(outcome.restoredIds).toHaveLength(2);
    await removeRestoredReviews(d, outcome.restoredIds);
    expect(await counts(d)).toEqual(before);
    expect(await d.reviews.get(first.review.id)).toBeDefined();
  });
});

describe('backup payload', () => {
  it('refuses a review twice, a register for a review it does not hold, and a bad field with its path', () => {
    const text = (backup: unknown) => new TextEncoder().encode(JSON.stringify(backup));
    expect(() => parseBackupText(text(backupOf([first, first])))).toThrow('This backup has a problem at reviews[1].review.id: appears twice in the backup.');
    expect(() => parseBackupText(text(backupOf([first], [{ reviewId: id(999), names: [] }])))).toThrow('nameRegisters[0].reviewId: is not a review in the backup');
    expect(() => parseBackupText(text({ ...backupOf([first]), reviews: [{ ...first, review: { ...first.review, stage: 'done' } }] })))
      .toThrow('This backup has a problem at reviews[0].review.stage: expected');
    expect(() => parseBackupText(text({ ...backupOf([]), version: 3 }))).toThrow('newer version of Local Review');
    expect(() => parseBackupText(text(first))).toThrow('This is not a review file');
  });
});
