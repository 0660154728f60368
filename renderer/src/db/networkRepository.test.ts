import { describe, expect, it } from 'vitest';
import { freshDbsPerTest } from '../../../test/helpers/testDb.ts';
import { id, makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';
import { parseNetworkCsv } from '../domain/network/index.ts';
import { parseReviewFile, parseReviewFileText, serialiseReviewFile } from '../domain/reviewFile.ts';
import type { LocalReviewDb } from './database.ts';
import { addNetwork, deleteNetwork, networksOf, replaceNetworkContent, restoreNetwork, updateNetworkDetails } from './networkRepository.ts';
import { deleteReview, duplicateReview, exportReviewFile, importReviewFile, restoreReview } from './reviewFileRepository.ts';

const db = freshDbsPerTest();

const CONTENT = parseNetworkCsv({
  people: 'id,label,group\nYP1,YP1,A\nYP2,YP2,\n',
  incidents: 'id,label,kind,date\nI1,Incident 1,stabbing,2026-01-02\n',
  institutions: 'id,label,kind\nS1,School 1,school\n',
  links: 'person,target,role,from,to\nYP1,I1,victim,,\nYP2,I1,witness,,\nYP1,S1,,2024-09-01,\n',
});

async function reviewWithNetwork(d: LocalReviewDb) {
  const file = makeReviewFile();
  await importReviewFile(d, file);
  const networkId = await addNetwork(d, file.review.id, { title: 'YOT cohort', date: '2026-03-01', sourceNote: 'YOT caseload' }, CONTENT);
  return { reviewId: file.review.id, networkId };
}

describe('peer networks in the database and the review file', () => {
  it('round-trips through export, the file text and import', async () => {
    const d = db();
    const { reviewId, networkId } = await reviewWithNetwork(d);
    const file = await exportReviewFile(d, reviewId);
    expect(file.networks).toEqual([expect.objectContaining({ id: networkId, title: 'YOT cohort', ...CONTENT })]);
    const reread = parseReviewFileText(serialiseReviewFile(file));
    const other = db();
    await importReviewFile(other, reread);
    expect(await exportReviewFile(other, reviewId, file.exportedAt)).toEqual(file);
  });

  it('leaves the field out for a review without networks, and refuses a broken network in a file', async () => {
    const d = db();
    const file = makeReviewFile();
    await importReviewFile(d, file);
    expect('networks' in (await exportReviewFile(d, file.review.id))).toBe(false);
    const network = { id: id(900), title: 'x', sourceNote: '', createdAt: '2026-01-01T00:00:00.000Z', ...CONTENT, links: [{ person: 'YP1', target: 'nowhere' }] };
    expect(() => parseReviewFile({ ...file, networks: [network] })).toThrow(/networks\[0\]\.links\[0\]\.target/);
  });

  it('copies networks with the review under a fresh id, and deletes and restores them with it', async () => {
    const d = db();
    const { reviewId, networkId } = await reviewWithNetwork(d);
    const copyId = await duplicateReview(d, reviewId);
    const copied = await networksOf(d, copyId);
    expect(copied).toHaveLength(1);
    expect(copied[0]!.id).not.toBe(networkId);
    expect(copied[0]!.people).toEqual(CONTENT.people);
    const deleted = await deleteReview(d, reviewId);
    expect(await networksOf(d, reviewId)).toEqual([]);
    expect(await d.networks.count()).toBe(1);
    await restoreReview(d, deleted);
    expect((await networksOf(d, reviewId)).map((n) => n.id)).toEqual([networkId]);
  });

  it('edits details and content, deletes and undoes', async () => {
    const d = db();
    const { reviewId, networkId } = await reviewWithNetwork(d);
    await updateNetworkDetails(d, networkId, { title: 'Renamed', sourceNote: 'n' });
    const empty = { people: [], incidents: [], institutions: [], links: [] };
    const before = await replaceNetworkContent(d, networkId, empty);
    expect(before).toEqual(CONTENT);
    const [row] = await networksOf(d, reviewId);
    expect(row).toMatchObject({ title: 'Renamed', sourceNote: 'n', people: [] });
    expect(row!.date).toBeUndefined();
    await expect(replaceNetworkContent(d, networkId, { ...empty, links: [{ person: 'x', target: 'y' }] })).rejects.toThrow();
    const removed = await deleteNetwork(d, networkId);
    expect(await networksOf(d, reviewId)).toEqual([]);
    await restoreNetwork(d, removed);
    expect(await networksOf(d, reviewId)).toEqual([removed]);
  });
});
