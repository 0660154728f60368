import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deleteReview, duplicateReview, exportReviewFile, IdsInUseError, importReviewFile, restoreReview, ReviewExistsError } from './reviewFileRepository.ts';
import { plainMessage } from '../app/commands.ts';
import { parseReviewFile } from '../domain/reviewFile.ts';
import { freshDbsPerTest } from '../../../test/helpers/testDb.ts';
import { id, makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';
import { reviewFileArbitrary } from '../../../test/helpers/reviewFileArbitrary.ts';
import type { LocalReviewDb } from './database.ts';

const db = freshDbsPerTest();

async function counts(d: LocalReviewDb) {
  return Promise.all(d.allTables.map((t) => t.count()));
}

describe('review file ⇄ database', () => {
  it('export → import → export is lossless for any valid file', async () => {
    await fc.assert(fc.asyncProperty(reviewFileArbitrary, async (file) => {
      const d = db();
      await importReviewFile(d, file);
      const exported = await exportReviewFile(d, file.review.id, file.exportedAt);
      expect(exported).toEqual(file);
      parseReviewFile(exported);
      await d.delete();
    }), { numRuns: 40 });
  });

  it('keeps array order even when rows are written out of order', async () => {
    const d = db();
    const file = makeReviewFile();
    const agencies = [...file.agencies].reverse();
    await importReviewFile(d, { ...file, agencies });
    expect((await exportReviewFile(d, file.review.id)).agencies).toEqual(agencies);
  });

  it('refuses to overwrite an existing review and changes nothing', async () => {
    const d = db();
    const file = makeReviewFile();
    await importReviewFile(d, file);
    const before = await counts(d);
    await expect(importReviewFile(d, { ...file, review: { ...file.review, title: 'Changed' } })).rejects.toBeInstanceOf(ReviewExistsError);
    expect(await counts(d)).toEqual(before);
    expect((await d.reviews.get(file.review.id))?.title).toBe('Test review');
  });

  it('imports as a copy with fresh ids beside the original, identical in content', async () => {
    const d = db();
    const file = makeReviewFile();
    await importReviewFile(d, file);
    const copyId = await importReviewFile(d, file, { asCopy: true });
    expect(copyId).not.toBe(file.review.id);
    const copy = await exportReviewFile(d, copyId, file.exportedAt);
    expect(copy.excerpts[0]!.text).toBe(file.excerpts[0]!.text);
    expect(copy.engagements[0]!.notes).toBe(file.engagements[0]!.notes);
    expect(copy.agencies.map((a) => a.name)).toEqual(file.agencies.map((a) => a.name));
    expect(await d.reviews.count()).toBe(2);
  });

  it('is all-or-nothing: a clash half-way through leaves no rows behind', async () => {
    const d = db();
    const first = makeReviewFile();
    await importReviewFile(d, first);
    const before = await counts(d);
    // A different review whose last collection reuses an id already stored.
    const clash = { ...makeReviewFile(), review: { ...first.review, id: id(900) } };
    clash.actions = [{ ...clash.actions[0]!, id: id(70) }];
    await expect(importReviewFile(d, clash)).rejects.toThrow();
    expect(await counts(d)).toEqual(before);
    expect(await d.reviews.get(id(900))).toBeUndefined();
  });

  it('finds ids already used by another review before writing, names that review, and imports the file as a copy on request', async () => {
    const d = db();
    const original = makeReviewFile();
    await importReviewFile(d, original);
    const before = await counts(d);
    // A re-keyed copy: a new review id, every other id as in the original.
    const rekeyed = { ...original, review: { ...original.review, id: id(900), title: 'Re-keyed copy' } };
    const refused = await importReviewFile(d, rekeyed).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(IdsInUseError);
    const clash = refused as IdsInUseError;
    const rows = original.agencies.length + original.themes.length + original.engagements.length + original.excerpts.length
      + original.findings.length + original.recommendations.length + original.actions.length;
    expect(clash.count).toBe(rows);
    expect(clash.other?.title).toBe('Test review');
    expect(clash.message).toBe(`${rows} records in this file already belong to “Test review” on this computer.`);
    expect(await counts(d)).toEqual(before);
    const copyId = await importReviewFile(d, rekeyed, { asCopy: true });
    const copy = await exportReviewFile(d, copyId, rekeyed.exportedAt);
    expect(copy.review.title).toBe('Re-keyed copy');
    expect(copy.excerpts.map((x) => x.text)).toEqual(original.excerpts.map((x) => x.text));
    expect(await d.reviews.count()).toBe(2);
  });

  it('still says a file of the same review is already here (not a clash of records)', async () => {
    const d = db();
    await importReviewFile(d, makeReviewFile());
    await expect(importReviewFile(d, makeReviewFile())).rejects.toBeInstanceOf(ReviewExistsError);
  });

  it('rejects an invalid file before writing anything', async () => {
    const d = db();
    const bad = { ...makeReviewFile(), format: 'nope' } as unknown as ReturnType<typeof makeReviewFile>;
    await expect(importReviewFile(d, bad)).rejects.toThrow();
    expect(await counts(d)).toEqual(d.allTables.map(() => 0));
  });

  it('imports a file its caller has just parsed without checking it twice, as faithfully', async () => {
    const d = db();
    const file = parseReviewFile(JSON.parse(JSON.stringify(makeReviewFile())));
    await importReviewFile(d, file, { validated: true });
    expect(await exportReviewFile(d, file.review.id, file.exportedAt)).toEqual(file);
    // Still all-or-nothing and never overwriting.
    await expect(importReviewFile(d, file, { validated: true })).rejects.toBeInstanceOf(ReviewExistsError);
  });

  it('deletes every row of a review and restores them all from the undo snapshot', async () => {
    const d = db();
    const file = makeReviewFile();
    await importReviewFile(d, file);
    const deleted = await deleteReview(d, file.review.id);
    expect(await counts(d)).toEqual(d.allTables.map(() => 0));
    await importReviewFile(d, deleted.file);
    expect(await exportReviewFile(d, file.review.id, file.exportedAt)).toEqual(file);
  });

  it('duplicates a review as "Copy of …" leaving the original untouched', async () => {
    const d = db();
    const file = makeReviewFile();
    await importReviewFile(d, file);
    const copyId = await duplicateReview(d, file.review.id);
    const copy = await exportReviewFile(d, copyId);
    expect(copy.review.title).toBe('Copy of Test review');
    expect(copy.findings).toHaveLength(1);
    expect(await exportReviewFile(d, file.review.id, file.exportedAt)).toEqual(file);
  });
});

// Undo of a deleted review goes through the import's checks, and refuses plainly when they no longer hold.
const allCounts = (d: LocalReviewDb) => Promise.all([...d.allTables, d.nameRegisters].map((t) => t.count()));

/** Restores and returns the message the reviewer would read, or undefined when it worked. */
async function restoreMessage(d: LocalReviewDb, deleted: Awaited<ReturnType<typeof deleteReview>>): Promise<string | undefined> {
  try {
    await restoreReview(d, deleted);
    return undefined;
  } catch (error) {
    return plainMessage(error);
  }
}

describe('restoreReview (Undo of deleting a review)', () => {
  it('puts back the review, every row and its register of names', async () => {
    const d = db();
    const file = makeReviewFile();
    await importReviewFile(d, file);
    await d.nameRegisters.put({ reviewId: file.review.id, names: ['Jo Bloggs'] });
    const deleted = await deleteReview(d, file.review.id);
    await restoreReview(d, deleted);
    expect(await exportReviewFile(d, file.review.id, file.exportedAt)).toEqual(file);
    expect((await d.nameRegisters.get(file.review.id))?.names).toEqual(['Jo Bloggs']);
  });

  it('checks references as an import does: a restore that no longer holds is refused plainly and changes nothing', async () => {
    const d = db();
    const file = makeReviewFile();
    await importReviewFile(d, file);
    const deleted = await deleteReview(d, file.review.id);
    // What Undo holds now names an agency that is in no part of the review.
    const broken = { ...deleted, file: { ...deleted.file, engagements: deleted.file.engagements.map((e) => ({ ...e, agencyIds: [id(999)] })) } };
    const before = await allCounts(d);
    const message = await restoreMessage(d, broken);
    expect(message).toMatch(/^“Test review” cannot be put back: it no longer passes the checks every imported review must pass \(engagements\[0\]\.agencyIds\[0\]: no agency has id .*\)\. Nothing was changed\.$/);
    expect(await allCounts(d)).toEqual(before);
  });

  it('is refused plainly when the same review has been imported again since', async () => {
    const d = db();
    const file = makeReviewFile();
    await importReviewFile(d, file);
    const deleted = await deleteReview(d, file.review.id);
    await importReviewFile(d, { ...file, review: { ...file.review, title: 'Test review (from the archive)' } });
    const before = await allCounts(d);
    expect(await restoreMessage(d, deleted)).toBe('“Test review (from the archive)” is on this computer again, so the deleted review was not put back. Nothing was changed.');
    expect(await allCounts(d)).toEqual(before);
  });

  it('is refused plainly when its items now belong to another review (a re-keyed copy imported since)', async () => {
    const d = db();
    const file = makeReviewFile();
    await importReviewFile(d, file);
    const deleted = await deleteReview(d, file.review.id);
    await importReviewFile(d, { ...file, review: { ...file.review, id: id(2000) } });
    const before = await allCounts(d);
    expect(await restoreMessage(d, deleted)).toBe('“Test review” cannot be put back, because some of its items now belong to another review on this computer. Nothing was changed.');
    expect(await allCounts(d)).toEqual(before);
    expect(await d.reviews.get(file.review.id)).toBeUndefined();
  });
});
