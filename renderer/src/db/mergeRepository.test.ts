import { describe, expect, it } from 'vitest';
import { applyMergePlan, mergeReviewFiles } from '../domain/merge/index.ts';
import type { ReviewFile } from '../domain/reviewFile.ts';
import { exportReviewFile, importReviewFile, deleteReviewPermanently } from './reviewFileRepository.ts';
import { exportReviewFileWithLineage, findMergeBase, importReviewFileKeepingBase, KEPT_SNAPSHOTS, recordMergeBase } from './mergeBaseRepository.ts';
import { applyMerge, undoMerge } from './mergeRepository.ts';
import { freshDbsPerTest } from '../../../test/helpers/testDb.ts';
import { cloneFile, id, makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';

const db = freshDbsPerTest();

const edit = (file: ReviewFile, change: (f: ReviewFile) => void): ReviewFile => {
  const copy = cloneFile(file);
  change(copy);
  return copy;
};

describe('lineage and merge bases', () => {
  it('gives each export a fresh file id descending from every kept file, and finds the newest common one', async () => {
    const a = db();
    await importReviewFile(a, makeReviewFile());
    const first = await exportReviewFileWithLineage(a, id(1));
    expect(first.lineage).toEqual({ fileId: expect.any(String), ancestorFileIds: [] });
    await recordMergeBase(a, first);
    const second = await exportReviewFileWithLineage(a, id(1));
    expect(second.lineage?.ancestorFileIds).toEqual([first.lineage!.fileId]);

    // The colleague imports the first file, and exports their own.
    const b = db();
    await importReviewFileKeepingBase(b, first);
    const theirs = await exportReviewFileWithLineage(b, id(1));
    expect(theirs.lineage?.ancestorFileIds).toEqual([first.lineage!.fileId]);
    expect(await findMergeBase(a, theirs)).toEqual(first);
    expect(await findMergeBase(a, { ...theirs, lineage: undefined })).toBeUndefined();
  });

  it('keeps only the newest few snapshots, sealed like every row, and forgets them with the review', async () => {
    const a = db();
    await importReviewFile(a, makeReviewFile());
    for (let i = 0; i < KEPT_SNAPSHOTS + 2; i += 1) await recordMergeBase(a, await exportReviewFileWithLineage(a, id(1)));
    expect((await a.mergeBases.get(id(1)))?.snapshots).toHaveLength(KEPT_SNAPSHOTS);
    await deleteReviewPermanently(a, id(1));
    expect(await a.mergeBases.count()).toBe(0);
  });

  it('does not keep a base for a file imported as a copy', async () => {
    const a = db();
    const file = { ...makeReviewFile(), lineage: { fileId: id(900), ancestorFileIds: [] } };
    const copyId = await importReviewFileKeepingBase(a, file, { asCopy: true });
    expect(await a.mergeBases.get(copyId)).toBeUndefined();
  });
});

describe('applyMerge', () => {
  it('writes the merged review and its new base in one step, and Undo puts both back', async () => {
    const a = db();
    const start = makeReviewFile();
    await importReviewFile(a, start);
    const theirs = { ...edit(start, (f) => { f.findings[0]!.title = 'Theirs'; f.agencies.push({ id: id(12), name: 'Youth club', sector: 'youth-services' }); }), lineage: { fileId: id(901), ancestorFileIds: [] } };
    const merged = applyMergePlan(mergeReviewFiles(start, theirs, { base: start }), undefined, { at: '2026-04-01T00:00:00.000Z' });
    const undo = await applyMerge(a, merged, theirs);
    const after = await exportReviewFile(a, id(1), merged.exportedAt);
    expect(after.findings[0]!.title).toBe('Theirs');
    expect(after.agencies).toHaveLength(3);
    expect(after.review.mergeLog).toHaveLength(1);
    expect((await a.mergeBases.get(id(1)))?.snapshots.map((s) => s.fileId)).toEqual([id(901)]);

    await undoMerge(a, undo);
    expect(await exportReviewFile(a, id(1), start.exportedAt)).toEqual(start);
    expect(await a.mergeBases.get(id(1))).toBeUndefined();
  });

  it('changes nothing when the merged file is not valid', async () => {
    const a = db();
    const start = makeReviewFile();
    await importReviewFile(a, start);
    const broken = edit(start, (f) => { f.excerpts[0]!.engagementId = id(404); });
    await expect(applyMerge(a, broken, start)).rejects.toThrow(/excerpts\[0\]\.engagementId/);
    expect(await exportReviewFile(a, id(1), start.exportedAt)).toEqual(start);
  });

  it('writes the merged peer networks, added, changed and removed, and Undo puts them back', async () => {
    const a = db();
    const network = (n: number, title: string) => ({
      id: id(300 + n), title, sourceNote: 'YOT caseload', createdAt: `2026-03-0${n}T10:00:00.000Z`,
      people: [{ id: 'P1', label: 'YP-01' }], incidents: [{ id: 'I1', label: 'Robbery', kind: 'robbery' }], institutions: [],
      links: [{ person: 'P1', target: 'I1', role: 'victim' as const }],
    });
    const start = makeReviewFile({ networks: [network(1, 'Kept'), network(2, 'Gone')] });
    await importReviewFile(a, start);
    const theirs = edit(start, (f) => {
      f.networks![0]!.people.push({ id: 'P2', label: 'YP-02' });
      f.networks!.splice(1, 1);
      f.networks!.push(network(3, 'Theirs'));
    });
    const merged = applyMergePlan(mergeReviewFiles(start, theirs, { base: start }), undefined, { at: '2026-04-01T00:00:00.000Z' });
    const undo = await applyMerge(a, merged, theirs);
    const after = await exportReviewFile(a, id(1), merged.exportedAt);
    expect(after.networks!.map((n) => n.title)).toEqual(['Kept', 'Theirs']);
    expect(after.networks![0]!.people.map((p) => p.id)).toEqual(['P1', 'P2']);
    expect(await a.networks.where('reviewId').equals(id(1)).count()).toBe(2);

    await undoMerge(a, undo);
    expect(await exportReviewFile(a, id(1), start.exportedAt)).toEqual(start);
  });
});
