import { afterEach, describe, expect, it } from 'vitest';
import type { LocalReviewDb } from './database.ts';
import { addFinding, deleteFinding, moveFinding, restoreFinding, updateFinding, type FindingDetails } from './findingRepository.ts';
import { exportReviewFile, importReviewFile } from './reviewFileRepository.ts';
import { BlockedChangeError } from './writes.ts';
import { parseReviewFile, type Finding, type ReviewFile } from '../domain/reviewFile.ts';
import { freshDb } from '../../../test/helpers/testDb.ts';
import { id, makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';

let db: LocalReviewDb;
const REVIEW = id(1);
const EDUCATION = id(20);
const EXCLUSIONS = id(21);
const PASSAGE = id(40);
const SECOND_PASSAGE = id(42);
afterEach(async () => { await db.delete(); });

/** The builder's review with a second passage and three findings: two under Exclusions, one under Education. */
function richFile(): ReviewFile {
  const base = makeReviewFile();
  const notes = base.engagements[0]!.notes;
  const finding = (n: number, themeId: string, order: number, title: string): Finding => ({ ...base.findings[0]!, id: id(n), themeId, order, title });
  return {
    ...base,
    excerpts: [...base.excerpts, { ...base.excerpts[0]!, id: SECOND_PASSAGE, start: 40, end: 71, text: notes.slice(40, 71), themeIds: [EDUCATION], kind: 'communication' }],
    findings: [finding(50, EXCLUSIONS, 4, 'First'), finding(51, EDUCATION, 0, 'Other theme'), finding(52, EXCLUSIONS, 9, 'Second')],
    recommendations: [
      { ...base.recommendations[0]!, findingIds: [id(51), id(50), id(52)] },
      { ...base.recommendations[0]!, id: id(61), number: 2, findingIds: [id(50)] },
    ],
  };
}

async function seeded(file: ReviewFile = richFile()): Promise<void> {
  db = freshDb();
  await importReviewFile(db, file);
}
const exported = async () => parseReviewFile(await exportReviewFile(db, REVIEW));
const updatedAt = async () => (await db.reviews.get(REVIEW))!.updatedAt;
const tick = () => new Promise((r) => setTimeout(r, 5));
/** Titles of a theme's findings in their order. */
async function titlesUnder(themeId: string): Promise<string[]> {
  return (await exported()).findings.filter((f) => f.themeId === themeId).sort((a, b) => a.order - b.order).map((f) => f.title);
}

const newFinding: FindingDetails = { themeId: EXCLUSIONS, kind: 'barrier', title: 'Managed moves', detail: 'Moves put children with rivals.', excerptIds: [PASSAGE, SECOND_PASSAGE, PASSAGE] };

describe('adding a finding', () => {
  it('puts it at the end of its theme, cites each passage once, touches the review and exports a valid file', async () => {
    await seeded();
    const before = await updatedAt();
    await tick();
    const findingId = await addFinding(db, REVIEW, newFinding);
    expect(await updatedAt() > before).toBe(true);
    const file = await exported();
    expect(file.findings.at(-1)).toEqual({ ...newFinding, id: findingId, order: 10, excerptIds: [PASSAGE, SECOND_PASSAGE] });
    expect(await titlesUnder(EXCLUSIONS)).toEqual(['First', 'Second', 'Managed moves']);
  });

  it('starts a theme with no findings at 0', async () => {
    await seeded({ ...makeReviewFile(), findings: [], recommendations: [], actions: [] });
    await addFinding(db, REVIEW, { ...newFinding, themeId: EDUCATION, excerptIds: [] });
    expect((await exported()).findings[0]!.order).toBe(0);
  });

  it('refuses themes and passages from outside the review, and context as a kind, writing nothing', async () => {
    await seeded();
    const other = makeReviewFile({ review: { ...makeReviewFile().review, id: id(100) } });
    await importReviewFile(db, { ...other, agencies: [], themes: [{ id: id(120), name: 'Elsewhere', order: 0 }], engagements: [{ ...other.engagements[0]!, id: id(130), agencyIds: [], reviewerIds: [] }],
      excerpts: [{ ...other.excerpts[0]!, id: id(140), engagementId: id(130), themeIds: [id(120)] }], findings: [], recommendations: [], actions: [] });
    await expect(addFinding(db, REVIEW, { ...newFinding, themeId: id(120) })).rejects.toBeInstanceOf(BlockedChangeError);
    await expect(addFinding(db, REVIEW, { ...newFinding, themeId: id(99) })).rejects.toThrow(/theme/);
    await expect(addFinding(db, REVIEW, { ...newFinding, excerptIds: [id(140)] })).rejects.toThrow(/passage/);
    await expect(addFinding(db, REVIEW, { ...newFinding, excerptIds: [id(98)] })).rejects.toBeInstanceOf(BlockedChangeError);
    await expect(addFinding(db, REVIEW, { ...newFinding, kind: 'context' as Finding['kind'] })).rejects.toThrow();
    expect(await db.findings.where('reviewId').equals(REVIEW).count()).toBe(3);
  });
});

describe('editing a finding', () => {
  it('changes text, kind and evidence in place', async () => {
    await seeded();
    await updateFinding(db, id(50), { title: 'Exclusions rise in Year 9', kind: 'issue', excerptIds: [SECOND_PASSAGE, SECOND_PASSAGE] });
    const finding = (await exported()).findings.find((f) => f.id === id(50));
    expect(finding).toMatchObject({ title: 'Exclusions rise in Year 9', kind: 'issue', excerptIds: [SECOND_PASSAGE], order: 4, themeId: EXCLUSIONS });
  });

  it('moving it to another theme puts it at that theme’s end', async () => {
    await seeded();
    await updateFinding(db, id(52), { themeId: EDUCATION });
    expect(await titlesUnder(EDUCATION)).toEqual(['Other theme', 'Second']);
    expect(await titlesUnder(EXCLUSIONS)).toEqual(['First']);
  });

  it('refuses a theme or passage outside the review and leaves the finding alone', async () => {
    await seeded();
    await expect(updateFinding(db, id(50), { themeId: id(99) })).rejects.toBeInstanceOf(BlockedChangeError);
    await expect(updateFinding(db, id(50), { excerptIds: [id(98)] })).rejects.toBeInstanceOf(BlockedChangeError);
    await expect(updateFinding(db, id(97), { title: 'Gone' })).rejects.toThrow(/no longer exists/);
    expect((await exported()).findings.find((f) => f.id === id(50))).toEqual(richFile().findings[0]);
  });
});

describe('reordering within a theme', () => {
  it('swaps with the neighbour, numbers the theme afresh and leaves other themes alone', async () => {
    await seeded();
    await moveFinding(db, id(52), -1);
    expect(await titlesUnder(EXCLUSIONS)).toEqual(['Second', 'First']);
    const orders = (await exported()).findings.map((f) => [f.title, f.order]);
    expect(orders).toEqual([['First', 1], ['Other theme', 0], ['Second', 0]]);
  });

  it('does nothing (not even touch the review) at either end', async () => {
    await seeded();
    const before = await updatedAt();
    await moveFinding(db, id(50), -1);
    await moveFinding(db, id(52), 1);
    await moveFinding(db, id(51), 1);
    expect(await updatedAt()).toBe(before);
    expect(await titlesUnder(EXCLUSIONS)).toEqual(['First', 'Second']);
  });
});

describe('deleting a finding and undoing it', () => {
  it('takes it out of the recommendations that cite it, and undo restores everything exactly', async () => {
    await seeded();
    const original = await exportReviewFile(db, REVIEW, 'then');
    const deleted = await deleteFinding(db, id(50));
    const after = await exported();
    expect(after.findings.map((f) => f.id)).toEqual([id(51), id(52)]);
    expect(after.recommendations.map((r) => r.findingIds)).toEqual([[id(51), id(52)], []]);
    expect(deleted.recommendationLinks).toEqual([
      { recommendationId: id(60), findingIds: [id(51), id(50), id(52)] },
      { recommendationId: id(61), findingIds: [id(50)] },
    ]);

    await restoreFinding(db, deleted);
    const restored = await exportReviewFile(db, REVIEW, 'then');
    expect({ ...restored, review: { ...restored.review, updatedAt: '' } }).toEqual({ ...original, review: { ...original.review, updatedAt: '' } });
  });

  it('keeps links made since, skips recommendations deleted since and drops passages uncoded since', async () => {
    await seeded();
    const deleted = await deleteFinding(db, id(50));
    await db.recommendations.update(id(60), { findingIds: [id(52)] });
    await db.recommendations.delete(id(61));
    await db.findings.bulkUpdate([{ key: id(51), changes: { excerptIds: [] } }, { key: id(52), changes: { excerptIds: [] } }]);
    await db.excerpts.delete(PASSAGE);
    await restoreFinding(db, deleted);
    const file = await exported();
    expect(file.recommendations.map((r) => r.findingIds)).toEqual([[id(50), id(52)]]);
    expect(file.findings.find((f) => f.id === id(50))!.excerptIds).toEqual([]);
  });

  it('refuses to undo when its theme has been removed since, restoring nothing', async () => {
    await seeded();
    const deleted = await deleteFinding(db, id(51));
    await db.themes.delete(EDUCATION);
    await expect(restoreFinding(db, deleted)).rejects.toThrow(/theme .* has been removed/);
    expect((await db.findings.toArray()).map((f) => f.id)).toEqual([id(50), id(52)]);
    expect((await db.recommendations.get(id(60)))!.findingIds).toEqual([id(50), id(52)]);
  });
});
