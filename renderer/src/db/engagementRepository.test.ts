import { afterEach, describe, expect, it } from 'vitest';
import type { LocalReviewDb } from './database.ts';
import { addEngagement, deleteEngagement, restoreEngagement, saveNotes, updateEngagement, type EngagementDetails } from './engagementRepository.ts';
import { writeDraft } from './draftRepository.ts';
import { exportReviewFile, importReviewFile } from './reviewFileRepository.ts';
import { removeAgency } from './agencyRepository.ts';
import { BlockedChangeError } from './writes.ts';
import { parseReviewFile } from '../domain/reviewFile.ts';
import { NOTES_MAX_CHARACTERS } from '../domain/notesLimit.ts';
import { freshDb } from '../../../test/helpers/testDb.ts';
import { id, makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';

let db: LocalReviewDb;
const REVIEW = id(1);
const ENGAGEMENT = id(30);
afterEach(async () => { await db.delete(); });

async function seeded(file = makeReviewFile()): Promise<LocalReviewDb> {
  db = freshDb();
  await importReviewFile(db, file);
  return db;
}
const updatedAt = async () => (await db.reviews.get(REVIEW))!.updatedAt;
const exported = async () => parseReviewFile(await exportReviewFile(db, REVIEW));
const tick = () => new Promise((r) => setTimeout(r, 5));

const workshop: EngagementDetails = {
  kind: 'workshop', title: 'Safeguarding leads', date: '2026-02-05', agencyIds: [id(10), id(11)],
  roles: ['Designated safeguarding lead', 'Neighbourhood sergeant'], participantCount: 12, reviewerIds: [id(2)], durationMinutes: 90,
};

describe('adding and editing engagements', () => {
  it('adds after the existing ones with empty notes, touches the review and exports a valid file', async () => {
    await seeded();
    const before = await updatedAt();
    await tick();
    const newId = await addEngagement(db, REVIEW, workshop);
    expect(await updatedAt() > before).toBe(true);
    const file = await exported();
    expect(file.engagements.map((e) => e.id)).toEqual([ENGAGEMENT, newId]);
    expect(file.engagements[1]).toEqual({ ...workshop, id: newId, notes: '' });
  });

  it('edits details, keeps the notes, and clears an optional duration', async () => {
    await seeded();
    const { durationMinutes: _d, ...rest } = workshop;
    await updateEngagement(db, ENGAGEMENT, { ...rest, title: 'Head teachers and SENCOs' });
    const [engagement] = (await exported()).engagements;
    expect(engagement).toMatchObject({ title: 'Head teachers and SENCOs', kind: 'workshop', participantCount: 12 });
    expect(engagement!.notes).toBe(makeReviewFile().engagements[0]!.notes);
    expect('durationMinutes' in engagement!).toBe(false);
  });

  it('refuses agencies out of scope, reviewers off the team and bad values, writing nothing', async () => {
    await seeded();
    await expect(addEngagement(db, REVIEW, { ...workshop, agencyIds: [id(99)] })).rejects.toBeInstanceOf(BlockedChangeError);
    await expect(addEngagement(db, REVIEW, { ...workshop, reviewerIds: [id(98)] })).rejects.toThrow(/review team/);
    await expect(addEngagement(db, REVIEW, { ...workshop, participantCount: -1 })).rejects.toThrow();
    await expect(updateEngagement(db, ENGAGEMENT, { ...workshop, date: '2026-02-30' })).rejects.toThrow();
    expect(await db.engagements.count()).toBe(1);
  });
});

describe('saving notes', () => {
  it('saves, touches the review and moves coded passages with their text', async () => {
    await seeded();
    const before = await updatedAt();
    await tick();
    const notes = `Opening remarks.\n${makeReviewFile().engagements[0]!.notes}`;
    await saveNotes(db, ENGAGEMENT, notes);
    expect(await updatedAt() > before).toBe(true);
    const file = await exported();
    const [passage] = file.excerpts;
    expect(notes.slice(passage!.start, passage!.end)).toBe('Schools said exclusions rise in Year 9.');
  });

  it('keeps a passage it cannot find (its text, offsets inside the notes) and refuses to empty notes with passages', async () => {
    await seeded();
    await saveNotes(db, ENGAGEMENT, 'Rewritten');
    const [passage] = (await exported()).excerpts;
    expect(passage).toMatchObject({ text: 'Schools said exclusions rise in Year 9.', start: 0, end: 9 });
    await expect(saveNotes(db, ENGAGEMENT, '')).rejects.toBeInstanceOf(BlockedChangeError);
    expect((await db.engagements.get(ENGAGEMENT))!.notes).toBe('Rewritten');
  });

  it('saves notes right up to the limit and refuses one character more, keeping what was stored', async () => {
    await seeded();
    const atLimit = `${makeReviewFile().engagements[0]!.notes} `.padEnd(NOTES_MAX_CHARACTERS, 'x');
    await saveNotes(db, ENGAGEMENT, atLimit);
    expect((await db.engagements.get(ENGAGEMENT))!.notes).toHaveLength(NOTES_MAX_CHARACTERS);
    const refused = saveNotes(db, ENGAGEMENT, `${atLimit}y`);
    await expect(refused).rejects.toBeInstanceOf(BlockedChangeError);
    await expect(refused).rejects.toThrow('Notes can be up to 200,000 characters. That change would make them 200,001 characters, so it was not made.');
    expect((await db.engagements.get(ENGAGEMENT))!.notes).toBe(atLimit);
  });

  it('deletes the draft its text covers and keeps a draft typed later', async () => {
    await seeded();
    await writeDraft(db, { engagementId: ENGAGEMENT, reviewId: REVIEW, notes: 'typed at 100', savedAt: 100 });
    await saveNotes(db, ENGAGEMENT, 'typed at 100', 100);
    expect(await db.drafts.count()).toBe(0);
    await writeDraft(db, { engagementId: ENGAGEMENT, reviewId: REVIEW, notes: 'typed at 300', savedAt: 300 });
    await saveNotes(db, ENGAGEMENT, 'typed at 200', 200);
    expect((await db.drafts.get(ENGAGEMENT))?.notes).toBe('typed at 300');
  });
});

describe('deleting an engagement and undoing it', () => {
  it('removes its passages and their places in findings in one go, and undo restores all of it exactly', async () => {
    const base = makeReviewFile();
    const other = { ...base.engagements[0]!, id: id(31), title: 'Sergeants' };
    const otherPassage = { ...base.excerpts[0]!, id: id(41), engagementId: id(31) };
    const secondPassage = { ...base.excerpts[0]!, id: id(42), start: 40, end: 71, text: base.engagements[0]!.notes.slice(40, 71) };
    await seeded({
      ...base,
      engagements: [...base.engagements, other],
      excerpts: [...base.excerpts, otherPassage, secondPassage],
      findings: [{ ...base.findings[0]!, excerptIds: [id(40), id(41), id(42)] }],
    });
    const original = await exportReviewFile(db, REVIEW, 'then');
    await writeDraft(db, { engagementId: ENGAGEMENT, reviewId: REVIEW, notes: 'unsaved words', savedAt: 5 });

    const deleted = await deleteEngagement(db, ENGAGEMENT);
    const after = await exported();
    expect(after.engagements.map((e) => e.id)).toEqual([id(31)]);
    expect(after.excerpts.map((x) => x.id)).toEqual([id(41)]);
    expect(after.findings[0]!.excerptIds).toEqual([id(41)]);
    expect(await db.drafts.count()).toBe(0);
    expect(deleted.excerpts).toHaveLength(2);

    await restoreEngagement(db, deleted);
    const restored = await exportReviewFile(db, REVIEW, 'then');
    expect({ ...restored, review: { ...restored.review, updatedAt: '' } }).toEqual({ ...original, review: { ...original.review, updatedAt: '' } });
    expect((await db.drafts.get(ENGAGEMENT))?.notes).toBe('unsaved words');
    await exported();
  });

  it('keeps links made after the delete and skips findings deleted since', async () => {
    await seeded();
    const deleted = await deleteEngagement(db, ENGAGEMENT);
    await db.findings.update(id(50), { excerptIds: [] });
    await restoreEngagement(db, { ...deleted, findingLinks: [...deleted.findingLinks, { findingId: id(59), excerptIds: [id(40)] }] });
    expect((await exported()).findings[0]!.excerptIds).toEqual([id(40)]);
  });

  it('refuses to undo when an agency it names has been removed since, restoring nothing', async () => {
    const base = makeReviewFile();
    await seeded({ ...base, recommendations: [], actions: [] });
    const deleted = await deleteEngagement(db, ENGAGEMENT);
    await removeAgency(db, id(11));
    await expect(restoreEngagement(db, deleted)).rejects.toThrow(/no longer in scope/);
    expect(await db.engagements.count()).toBe(0);
    expect(await db.excerpts.count()).toBe(0);
  });
});
