import { afterEach, describe, expect, it } from 'vitest';
import type { LocalReviewDb } from './database.ts';
import { removeAgency } from './agencyRepository.ts';
import {
  addRecommendation, deleteRecommendation, moveRecommendation, restoreRecommendation, updateRecommendation, type RecommendationDetails,
} from './recommendationRepository.ts';
import { exportReviewFile, importReviewFile } from './reviewFileRepository.ts';
import { BlockedChangeError } from './writes.ts';
import { parseReviewFile, type ReviewFile } from '../domain/reviewFile.ts';
import { withFreshIds } from '../domain/reviewCopy.ts';
import { freshDb } from '../../../test/helpers/testDb.ts';
import { id, makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';

let db: LocalReviewDb;
const REVIEW = id(1);
const [POLICE, SCHOOL] = [id(10), id(11)];
const FINDING = id(50);
const [FIRST, SECOND, THIRD] = [id(60), id(61), id(62)];
afterEach(async () => { await db.delete(); });

/** The builder's review with three recommendations; the second has two actions. */
function threeRecommendations(): ReviewFile {
  const base = makeReviewFile();
  const rec = base.recommendations[0]!;
  const action = base.actions[0]!;
  const { successMeasure: _none, ...unmeasured } = rec;
  return {
    ...base,
    recommendations: [
      rec,
      { ...unmeasured, id: SECOND, number: 2, title: 'Share MACE minutes', findingIds: [], partnerAgencyIds: [] },
      { ...rec, id: THIRD, number: 3, title: 'Train staff', priority: 'low', timescale: 'longer' },
    ],
    actions: [
      action,
      { ...action, id: id(71), recommendationId: SECOND, description: 'Send minutes in a week' },
      { ...action, id: id(72), recommendationId: SECOND, description: 'Audit the minutes', ownerAgencyId: POLICE, updates: [] },
    ],
  };
}

async function seeded(file = threeRecommendations()): Promise<LocalReviewDb> {
  db = freshDb();
  await importReviewFile(db, file);
  return db;
}
const updatedAt = async () => (await db.reviews.get(REVIEW))!.updatedAt;
const exported = async () => parseReviewFile(await exportReviewFile(db, REVIEW, '2026-03-01T10:00:00.000Z'));
const numbers = async () => Object.fromEntries((await exported()).recommendations.map((r) => [r.title, r.number]));
const tick = () => new Promise((r) => setTimeout(r, 5));

const details: RecommendationDetails = {
  title: 'Joint exclusions panel', detail: 'Meet monthly.', findingIds: [FINDING], leadAgencyId: SCHOOL,
  partnerAgencyIds: [POLICE], priority: 'medium', timescale: '6-months', successMeasure: 'Every exclusion discussed',
};

describe('adding and editing recommendations', () => {
  it('adds with the next number, touches the review and exports a valid file', async () => {
    await seeded();
    const before = await updatedAt();
    await tick();
    const added = await addRecommendation(db, REVIEW, { ...details, findingIds: [FINDING, FINDING] });
    expect(await updatedAt() > before).toBe(true);
    const file = await exported();
    expect(file.recommendations.map((r) => r.id)).toEqual([FIRST, SECOND, THIRD, added]);
    expect(file.recommendations[3]).toEqual({ ...details, id: added, number: 4 });
  });

  it('numbers the first recommendation of a review 1', async () => {
    await seeded(makeReviewFile({ recommendations: [], actions: [] }));
    await addRecommendation(db, REVIEW, details);
    expect((await exported()).recommendations.map((r) => r.number)).toEqual([1]);
  });

  it('edits the details, keeping the number and the actions, and clears a blank success measure', async () => {
    await seeded();
    const { successMeasure: _s, ...rest } = details;
    await updateRecommendation(db, THIRD, { ...rest, title: 'Train every DSL' });
    const file = await exported();
    const { successMeasure: _gone, ...expected } = { ...details, title: 'Train every DSL', id: THIRD, number: 3 };
    expect(file.recommendations[2]).toEqual(expected);
    expect(file.actions).toHaveLength(3);
  });

  it('refuses findings and agencies outside the review, a lead that is also a partner and bad values, writing nothing', async () => {
    await seeded();
    const other = withFreshIds(threeRecommendations());
    await importReviewFile(db, other);
    const before = await exported();
    await expect(addRecommendation(db, REVIEW, { ...details, findingIds: [other.findings[0]!.id] })).rejects.toBeInstanceOf(BlockedChangeError);
    await expect(addRecommendation(db, REVIEW, { ...details, findingIds: [id(99)] })).rejects.toThrow(/finding/);
    await expect(addRecommendation(db, REVIEW, { ...details, leadAgencyId: other.agencies[0]!.id })).rejects.toThrow(/lead agency/);
    await expect(addRecommendation(db, REVIEW, { ...details, partnerAgencyIds: [id(98)] })).rejects.toThrow(/partner agency/);
    await expect(updateRecommendation(db, FIRST, { ...details, partnerAgencyIds: [SCHOOL] })).rejects.toThrow(/cannot also be a partner/);
    await expect(updateRecommendation(db, FIRST, { ...details, priority: 'urgent' as 'high' })).rejects.toThrow();
    expect(await exported()).toEqual(before);
  });
});

describe('moving recommendations', () => {
  it('swaps with the neighbour and keeps the numbers 1..n', async () => {
    await seeded();
    await moveRecommendation(db, THIRD, -1);
    expect(await numbers()).toEqual({ 'Review exclusions': 1, 'Train staff': 2, 'Share MACE minutes': 3 });
    await moveRecommendation(db, THIRD, -1);
    expect(await numbers()).toEqual({ 'Train staff': 1, 'Review exclusions': 2, 'Share MACE minutes': 3 });
  });

  it('changes nothing, not even the review’s time, at either end', async () => {
    await seeded();
    const before = await exported();
    await tick();
    await moveRecommendation(db, FIRST, -1);
    await moveRecommendation(db, THIRD, 1);
    expect(await exported()).toEqual(before);
  });
});

describe('deleting and restoring recommendations', () => {
  it('takes the actions with it and closes up the numbers', async () => {
    await seeded();
    const deleted = await deleteRecommendation(db, SECOND);
    expect(deleted.recommendation).toMatchObject({ id: SECOND, number: 2 });
    expect(deleted.actions.map((a) => a.id)).toEqual([id(71), id(72)]);
    const file = await exported();
    expect(file.recommendations.map((r) => [r.id, r.number])).toEqual([[FIRST, 1], [THIRD, 2]]);
    expect(file.actions.map((a) => a.id)).toEqual([id(70)]);
  });

  it('round trip: delete then restore gives back the same file, numbers and actions included', async () => {
    await seeded();
    const before = await exported();
    for (const target of [FIRST, SECOND, THIRD]) {
      await restoreRecommendation(db, await deleteRecommendation(db, target));
      const { review: _r, ...after } = await exported();
      const { review: _b, ...expected } = before;
      expect(after).toEqual(expected);
    }
  });

  it('puts it back at its number among recommendations added since, with no number used twice', async () => {
    await seeded();
    const deleted = await deleteRecommendation(db, FIRST);
    await addRecommendation(db, REVIEW, details);
    await restoreRecommendation(db, deleted);
    expect(await numbers()).toEqual({ 'Review exclusions': 1, 'Share MACE minutes': 2, 'Train staff': 3, 'Joint exclusions panel': 4 });
  });

  it('leaves out findings deleted since, and refuses when an agency it named has left scope', async () => {
    await seeded();
    const deleted = await deleteRecommendation(db, FIRST);
    await deleteRecommendation(db, THIRD);
    await db.findings.delete(FINDING); // as the Findings stage would once nothing answers it
    await restoreRecommendation(db, deleted);
    expect((await exported()).recommendations.find((r) => r.id === FIRST)!.findingIds).toEqual([]);

    const again = await deleteRecommendation(db, SECOND);
    await deleteRecommendation(db, FIRST);
    await removeAgency(db, POLICE);
    await expect(restoreRecommendation(db, again)).rejects.toThrow(/removed from scope/);
    expect(await db.actions.count()).toBe(0);
  });
});
