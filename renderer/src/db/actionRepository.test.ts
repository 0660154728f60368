import { afterEach, describe, expect, it } from 'vitest';
import type { LocalReviewDb } from './database.ts';
import {
  addAction, addActionUpdate, deleteAction, removeActionUpdate, restoreAction, restoreActionUpdate, updateAction, type ActionDetails,
} from './actionRepository.ts';
import { exportReviewFile, importReviewFile } from './reviewFileRepository.ts';
import { BlockedChangeError } from './writes.ts';
import { parseReviewFile, type ActionUpdate } from '../domain/reviewFile.ts';
import { freshDb } from '../../../test/helpers/testDb.ts';
import { id, makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';

let db: LocalReviewDb;
const REVIEW = id(1);
const RECOMMENDATION = id(60);
const ACTION = id(70);
afterEach(async () => { await db.delete(); });

async function seeded(file = makeReviewFile()): Promise<LocalReviewDb> {
  db = freshDb();
  await importReviewFile(db, file);
  return db;
}
const updatedAt = async () => (await db.reviews.get(REVIEW))!.updatedAt;
const exported = async () => parseReviewFile(await exportReviewFile(db, REVIEW));
const action = async () => (await exported()).actions.find((a) => a.id === ACTION)!;
const tick = () => new Promise((r) => setTimeout(r, 5));

const training: ActionDetails = { description: 'Train every DSL', ownerAgencyId: id(10), dueDate: '2026-05-01', status: 'not-started' };
const update = (date: string, status: ActionUpdate['status'], note = `Note of ${date}`): ActionUpdate => ({ date, note, status });

/** A second review with its own recommendation and agency, to try crossing reviews. */
async function withOtherReview(): Promise<void> {
  const base = makeReviewFile();
  await importReviewFile(db, {
    ...base,
    review: { ...base.review, id: id(101) },
    agencies: [{ id: id(110), name: 'Elsewhere Police', sector: 'police' }],
    themes: [], engagements: [], excerpts: [], findings: [], actions: [],
    recommendations: [{ ...base.recommendations[0]!, id: id(160), findingIds: [], leadAgencyId: id(110), partnerAgencyIds: [] }],
  });
}

describe('adding and editing actions', () => {
  it('adds after the existing ones with no updates, touches the review and exports a valid file', async () => {
    await seeded();
    const before = await updatedAt();
    await tick();
    const added = await addAction(db, REVIEW, RECOMMENDATION, training);
    expect(await updatedAt() > before).toBe(true);
    const file = await exported();
    expect(file.actions.map((a) => a.id)).toEqual([ACTION, added]);
    expect(file.actions[1]).toEqual({ ...training, id: added, recommendationId: RECOMMENDATION, updates: [] });
  });

  it('edits the details, keeps the updates and clears a due date', async () => {
    await seeded();
    const { dueDate: _d, ...undated } = training;
    await updateAction(db, ACTION, { ...undated, status: 'at-risk' });
    const edited = await action();
    expect(edited).toEqual({ ...undated, status: 'at-risk', id: ACTION, recommendationId: RECOMMENDATION, updates: makeReviewFile().actions[0]!.updates });
    expect('dueDate' in edited).toBe(false);
  });

  it('refuses owners and recommendations outside the review and bad dates, writing nothing', async () => {
    await seeded();
    await withOtherReview();
    const before = await exportReviewFile(db, REVIEW, 'then');
    await expect(addAction(db, REVIEW, RECOMMENDATION, { ...training, ownerAgencyId: id(110) })).rejects.toBeInstanceOf(BlockedChangeError);
    await expect(addAction(db, REVIEW, id(160), training)).rejects.toThrow(/recommendation/);
    await expect(addAction(db, REVIEW, id(99), training)).rejects.toBeInstanceOf(BlockedChangeError);
    await expect(addAction(db, REVIEW, RECOMMENDATION, { ...training, dueDate: '2026-02-30' })).rejects.toThrow();
    await expect(updateAction(db, ACTION, { ...training, ownerAgencyId: id(110) })).rejects.toThrow(/agencies in scope/);
    await expect(updateAction(db, ACTION, { ...training, dueDate: '31/01/2026' })).rejects.toThrow();
    await expect(addActionUpdate(db, ACTION, update('2026-13-01', 'complete'))).rejects.toThrow();
    expect(await exportReviewFile(db, REVIEW, 'then')).toEqual(before);
  });
});

describe('deleting an action and undoing it', () => {
  it('removes it and puts it back exactly, updates and place included', async () => {
    await seeded();
    const later = await addAction(db, REVIEW, RECOMMENDATION, training);
    await addActionUpdate(db, ACTION, update('2026-04-01', 'at-risk'));
    const original = await exportReviewFile(db, REVIEW, 'then');
    const removed = await deleteAction(db, ACTION);
    expect(removed.updates).toHaveLength(2);
    expect((await exported()).actions.map((a) => a.id)).toEqual([later]);
    await restoreAction(db, removed);
    const restored = await exportReviewFile(db, REVIEW, 'then');
    expect({ ...restored, review: { ...restored.review, updatedAt: '' } }).toEqual({ ...original, review: { ...original.review, updatedAt: '' } });
  });

  it('refuses to restore when its owner has gone, saying why', async () => {
    await seeded();
    const removed = await deleteAction(db, ACTION);
    await db.agencies.delete(id(11));
    await expect(restoreAction(db, removed)).rejects.toThrow(/agencies in scope/);
    expect(await db.actions.count()).toBe(0);
  });
});

describe('updates', () => {
  it('appends a dated update, sets the status from it and touches the review', async () => {
    await seeded();
    const before = await updatedAt();
    await tick();
    await addActionUpdate(db, ACTION, update('2026-04-10', 'at-risk', 'Funding not yet agreed'));
    expect(await updatedAt() > before).toBe(true);
    const { updates, status } = await action();
    expect(status).toBe('at-risk');
    expect(updates).toEqual([makeReviewFile().actions[0]!.updates[0], update('2026-04-10', 'at-risk', 'Funding not yet agreed')]);
  });

  it('puts a back-dated update in date order and keeps the status of the newest', async () => {
    await seeded();
    await addActionUpdate(db, ACTION, update('2026-04-10', 'off-track'));
    await addActionUpdate(db, ACTION, update('2026-02-01', 'not-started'));
    await addActionUpdate(db, ACTION, update('2026-04-10', 'at-risk', 'Same day, later'));
    const { updates, status } = await action();
    expect(updates.map((u) => [u.date, u.status])).toEqual([
      ['2026-02-01', 'not-started'], ['2026-03-01', 'on-track'], ['2026-04-10', 'off-track'], ['2026-04-10', 'at-risk'],
    ]);
    expect(status).toBe('at-risk');
  });

  it('removing the newest update returns the status to the one before; undo restores both exactly', async () => {
    await seeded();
    await addActionUpdate(db, ACTION, update('2026-04-10', 'off-track'));
    const original = await action();
    const removed = await removeActionUpdate(db, ACTION, 1, update('2026-04-10', 'off-track'));
    expect(removed).toMatchObject({ index: 1, update: update('2026-04-10', 'off-track'), statusBefore: 'off-track', statusAfter: 'on-track' });
    expect(await action()).toMatchObject({ status: 'on-track', updates: [original.updates[0]] });
    await restoreActionUpdate(db, removed);
    expect(await action()).toEqual(original);
  });

  it('removing an older or the only update leaves the status alone', async () => {
    await seeded();
    await addActionUpdate(db, ACTION, update('2026-04-10', 'at-risk'));
    await removeActionUpdate(db, ACTION, 0, makeReviewFile().actions[0]!.updates[0]!);
    expect(await action()).toMatchObject({ status: 'at-risk', updates: [update('2026-04-10', 'at-risk')] });
    await removeActionUpdate(db, ACTION, 0, update('2026-04-10', 'at-risk'));
    expect(await action()).toMatchObject({ status: 'at-risk', updates: [] });
  });

  it('refuses to remove an update that has changed under the reviewer', async () => {
    await seeded();
    await expect(removeActionUpdate(db, ACTION, 0, update('2026-03-01', 'complete'))).rejects.toBeInstanceOf(BlockedChangeError);
    await expect(removeActionUpdate(db, ACTION, 5, update('2026-03-01', 'on-track'))).rejects.toBeInstanceOf(BlockedChangeError);
    expect((await action()).updates).toHaveLength(1);
  });

  it('undo after later changes keeps date order and a status set since', async () => {
    await seeded();
    await addActionUpdate(db, ACTION, update('2026-04-10', 'off-track'));
    const removed = await removeActionUpdate(db, ACTION, 1, update('2026-04-10', 'off-track'));
    await addActionUpdate(db, ACTION, update('2026-03-05', 'complete'));
    await restoreActionUpdate(db, removed);
    const { updates, status } = await action();
    expect(updates.map((u) => u.date)).toEqual(['2026-03-01', '2026-03-05', '2026-04-10']);
    expect(status).toBe('complete');
    await exported();
  });

  it('cannot put an update back on a deleted action', async () => {
    await seeded();
    const removed = await removeActionUpdate(db, ACTION, 0, makeReviewFile().actions[0]!.updates[0]!);
    await deleteAction(db, ACTION);
    await expect(restoreActionUpdate(db, removed)).rejects.toThrow(/deleted since/);
  });
});
