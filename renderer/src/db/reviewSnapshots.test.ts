import { describe, expect, it } from 'vitest';
import { freshDbsPerTest } from '../../../test/helpers/testDb.ts';
import { id, makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';
import type { ReviewFile } from '../domain/reviewFile.ts';
import { withFreshIds } from '../domain/reviewCopy.ts';
import type { LocalReviewDb } from './database.ts';
import { addEngagement, deleteEngagement, restoreEngagement, saveNotes } from './engagementRepository.ts';
import { addExcerpt, deleteExcerpt, restoreExcerpt } from './excerptRepository.ts';
import { addFinding, moveFinding, updateFinding } from './findingRepository.ts';
import { deleteReview, duplicateReview, exportReviewFile, importReviewFile, readReviewSnapshot, restoreReview } from './reviewFileRepository.ts';

const db = freshDbsPerTest();

const REVIEW = id(1);

/** A small peer network created at `createdAt` (the order a read gives them). */
const network = (n: number, createdAt: string) => ({
  id: id(900 + n), title: `Network ${n}`, sourceNote: '', createdAt,
  people: [{ id: 'P1', label: 'YP-01' }], incidents: [], institutions: [], links: [],
});

/** Watches the review's snapshot; `settled()` waits until it is read and no change is due. */
function watch(d: LocalReviewDb, reviewId = REVIEW) {
  // Counts new files only: a listener is also told of the first read's progress.
  let changes = 0;
  let last: ReviewFile | null | undefined;
  const stop = d.snapshots.subscribe(reviewId, () => {
    if (d.snapshots.current(reviewId) !== last) changes += 1;
    last = d.snapshots.current(reviewId);
  });
  return {
    stop,
    get changes() { return changes; },
    async settled(): Promise<ReviewFile | null> {
      for (let i = 0; i < 200 && d.snapshots.current(reviewId) === undefined; i++) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, 20));
      return d.snapshots.current(reviewId)!;
    },
  };
}

/** What a fresh read of the database gives, to compare the kept snapshot with. */
async function fresh(d: LocalReviewDb, reviewId = REVIEW): Promise<ReviewFile | null> {
  return (await readReviewSnapshot(d, reviewId))?.file ?? null;
}

/** A database with the builder's review, watched and read. */
async function opened() {
  const d = db();
  await importReviewFile(d, makeReviewFile());
  const w = watch(d);
  await w.settled();
  return { d, w };
}

describe('review snapshots', () => {
  it('reads the review once, like an export, telling its progress', async () => {
    const d = db();
    await importReviewFile(d, makeReviewFile());
    // The import left its own snapshot (see below): forget it, to read one.
    d.snapshots.clear();
    const seen: unknown[] = [];
    const stopProgress = d.snapshots.subscribe(REVIEW, () => seen.push(d.snapshots.progress(REVIEW)));
    const w = watch(d);
    const file = await w.settled();
    stopProgress();
    // The review's own row comes first, so the workspace can show its heading meanwhile;
    // the builder's review has 9 child rows, read a table at a time.
    const told = seen.filter(Boolean) as Array<{ read: number; total: number; review: unknown }>;
    expect(told[0]).toEqual({ read: 0, total: 9, review: file!.review });
    expect(told.at(-1)).toEqual({ read: 9, total: 9, review: file!.review });
    expect(d.snapshots.progress(REVIEW)).toBeUndefined();
    expect(file).toEqual({ ...(await exportReviewFile(d, REVIEW)), exportedAt: file!.exportedAt });
    w.stop();
  });

  it('reads a review right beside others, by key range or key by key', async () => {
    const d = db();
    // Two reviews whose ids alternate in every table (the same file, given ids 2k and 2k + 1).
    const numbered = (from: number) => { let n = from; return () => id((n += 2)); };
    const a = withFreshIds(makeReviewFile(), numbered(100));
    const b = withFreshIds(makeReviewFile(), numbered(101));
    await importReviewFile(d, a);
    await importReviewFile(d, b);
    const expected = async (reviewId: string) => ({ ...(await exportReviewFile(d, reviewId)), exportedAt: '1970-01-01T00:00:00.000Z' });
    // Each holds half of every table, so it is read by the key range it spans, which
    // holds the other's rows too; they are left out.
    expect((await readReviewSnapshot(d, a.review.id))!.file).toEqual(await expected(a.review.id));
    expect((await readReviewSnapshot(d, b.review.id))!.file).toEqual(await expected(b.review.id));
    // With a third review, a third each: read key by key.
    await importReviewFile(d, makeReviewFile());
    expect((await readReviewSnapshot(d, b.review.id))!.file).toEqual(await expected(b.review.id));
  });

  it('follows every kind of write row by row, and equals a fresh read after each', async () => {
    const d = db();
    await importReviewFile(d, makeReviewFile());
    const w = watch(d);
    const before = await w.settled();
    await saveNotes(d, id(30), 'New notes about MACE meetings.');
    let now = await w.settled();
    expect(now).toEqual(await fresh(d));
    // Rows nobody wrote keep their identity, so their screens skip rendering.
    expect(now!.findings).toBe(before!.findings);
    expect(now!.engagements).not.toBe(before!.engagements);

    const engagementId = await addEngagement(d, REVIEW, { kind: 'workshop', title: 'Youth workers', date: '2026-02-05', agencyIds: [id(10)], roles: [], participantCount: 5, reviewerIds: [] });
    const passageId = await addExcerpt(d, { engagementId: id(30), start: 0, end: 9, text: 'New notes', themeIds: [id(20)], kind: 'barrier', isQuote: false });
    const findingId = await addFinding(d, REVIEW, { themeId: id(21), kind: 'good-practice', title: 'Daily triage', detail: '', excerptIds: [passageId] });
    await updateFinding(d, findingId, { title: 'Daily triage meeting' });
    await moveFinding(d, findingId, -1);
    now = await w.settled();
    expect(now).toEqual(await fresh(d));
    expect(now!.findings.map((f) => [f.title, f.order])).toEqual([['Exclusions rise', 1], ['Daily triage meeting', 0]]);

    const deletedPassage = await deleteExcerpt(d, passageId);
    const deletedEngagement = await deleteEngagement(d, engagementId);
    expect(await w.settled()).toEqual(await fresh(d));
    await restoreEngagement(d, deletedEngagement);
    await restoreExcerpt(d, deletedPassage);
    expect(await w.settled()).toEqual(await fresh(d));
    w.stop();
  });

  it('ignores other reviews’ writes and a write that was rolled back', async () => {
    const d = db();
    await importReviewFile(d, makeReviewFile());
    const w = watch(d);
    const before = await w.settled();
    const seen = w.changes;
    await duplicateReview(d, REVIEW);
    await expect(d.transaction('rw', d.findings, async () => {
      await d.findings.update(id(50), { title: 'Never kept' });
      throw new Error('rolled back');
    })).rejects.toThrow('rolled back');
    expect(await w.settled()).toBe(before);
    expect(w.changes).toBe(seen);
    w.stop();
  });

  it('replays writes that commit while the first read runs', async () => {
    const d = db();
    await importReviewFile(d, makeReviewFile());
    const w = watch(d);
    // Not awaited before the write: the read and the write race.
    await saveNotes(d, id(30), 'Typed while the review opened.');
    const file = await w.settled();
    expect(file!.engagements[0]!.notes).toBe('Typed while the review opened.');
    expect(file).toEqual(await fresh(d));
    w.stop();
  });

  it('shows a deleted review as gone, and reads a cleared table afresh', async () => {
    const { d, w } = await opened();
    const deleted = await deleteReview(d, REVIEW);
    expect(await w.settled()).toBeNull();
    await restoreReview(d, deleted);
    // A restored review is a new read: the watcher sees it without asking again.
    await d.themes.clear();
    const file = await w.settled();
    expect(file).toEqual(await fresh(d));
    w.stop();
  });

  it('keeps what an import wrote once it commits, so the new review opens without a read', async () => {
    const d = db();
    let reads = 0;
    d.snapshots.setReader((reviewId, onProgress) => { reads += 1; return readReviewSnapshot(d, reviewId, onProgress); });
    await importReviewFile(d, makeReviewFile({ networks: [network(2, '2026-02-01T00:00:00.000Z'), network(1, '2026-01-01T00:00:00.000Z')] }));
    // Handed over in the commit's own event, after the import's promise has settled.
    await new Promise((r) => setTimeout(r, 0));
    expect(d.snapshots.current(REVIEW)).toEqual(await fresh(d));
    // It follows later writes as any snapshot does.
    await saveNotes(d, id(30), 'Written after the import.');
    await new Promise((r) => setTimeout(r, 0));
    expect(d.snapshots.current(REVIEW)).toEqual(await fresh(d));
    const copyId = await duplicateReview(d, REVIEW);
    await new Promise((r) => setTimeout(r, 0));
    expect(d.snapshots.current(copyId)).toEqual(await fresh(d, copyId));
    const w = watch(d, copyId);
    expect(await w.settled()).toEqual(await fresh(d, copyId));
    // fresh() reads directly; the snapshots themselves never had to.
    expect(reads).toBe(0);
    w.stop();
  });

  it('offers nothing from an import that is rolled back', async () => {
    const d = db();
    await expect(d.transaction('rw', d.allTables, async () => {
      await importReviewFile(d, makeReviewFile());
      throw new Error('rolled back');
    })).rejects.toThrow('rolled back');
    expect(d.snapshots.current(REVIEW)).toBeUndefined();
    expect(await fresh(d)).toBeNull();
  });

  it('shows a deleted review again once Undo puts it back', async () => {
    const { d, w } = await opened();
    const deleted = await deleteReview(d, REVIEW);
    expect(await w.settled()).toBeNull();
    // Once with the screen still watching, once opened afresh after it has gone.
    await restoreReview(d, deleted);
    expect(await w.settled()).toEqual(await fresh(d));
    await deleteReview(d, REVIEW);
    expect(await w.settled()).toBeNull();
    w.stop();
    await restoreReview(d, deleted);
    const again = watch(d);
    expect(await again.settled()).toEqual(await fresh(d));
    again.stop();
  });

  it('forgets everything when the database closes (on lock)', async () => {
    const { d, w } = await opened();
    w.stop();
    expect(d.snapshots.current(REVIEW)).toBeDefined();
    d.close();
    expect(d.snapshots.current(REVIEW)).toBeUndefined();
  });
});
