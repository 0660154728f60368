import { afterEach, describe, expect, it } from 'vitest';
import type { LocalReviewDb } from './database.ts';
import { addExcerpt, deleteExcerpt, restoreExcerpt, updateExcerpt, type NewPassage } from './excerptRepository.ts';
import { saveNotes, updateEngagement } from './engagementRepository.ts';
import { exportReviewFile, importReviewFile } from './reviewFileRepository.ts';
import { BlockedChangeError } from './writes.ts';
import { parseReviewFile, type ReviewFile } from '../domain/reviewFile.ts';
import { freshDb } from '../../../test/helpers/testDb.ts';
import { id, makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';

let db: LocalReviewDb;
const REVIEW = id(1);
const ENGAGEMENT = id(30);
const PASSAGE = id(40);
const NOTES = makeReviewFile().engagements[0]!.notes;
afterEach(async () => { await db.delete(); });

async function seeded(file: ReviewFile = makeReviewFile()): Promise<LocalReviewDb> {
  db = freshDb();
  await importReviewFile(db, file);
  return db;
}
const updatedAt = async () => (await db.reviews.get(REVIEW))!.updatedAt;
const exported = async () => parseReviewFile(await exportReviewFile(db, REVIEW));
const tick = () => new Promise((r) => setTimeout(r, 5));

const MACE = 'Police share MACE minutes late.';
const macePassage: NewPassage = {
  engagementId: ENGAGEMENT, start: NOTES.indexOf(MACE), end: NOTES.indexOf(MACE) + MACE.length, text: MACE,
  themeIds: [id(20), id(21), id(20)], kind: 'communication', isQuote: false,
};

describe('coding a passage', () => {
  it('adds it after the existing passages with its text, touches the review and exports a valid file', async () => {
    await seeded();
    const before = await updatedAt();
    await tick();
    const newId = await addExcerpt(db, macePassage);
    expect(await updatedAt() > before).toBe(true);
    const file = await exported();
    expect(file.excerpts.map((x) => x.id)).toEqual([PASSAGE, newId]);
    expect(file.excerpts[1]).toEqual({ ...macePassage, id: newId, themeIds: [id(20), id(21)] });
  });

  it('refuses offsets outside the notes, text the notes do not hold there, blanks and foreign or missing themes, writing nothing', async () => {
    const other = makeReviewFile();
    await seeded({ ...makeReviewFile(), themes: [...other.themes, { id: id(29), name: 'Elsewhere', order: 1 }] });
    await db.themes.update(id(29), { reviewId: id(9) });
    const before = await updatedAt();
    const refusals: Array<[Partial<NewPassage>, RegExp]> = [
      [{ start: NOTES.length - 3, end: NOTES.length + 2, text: NOTES.slice(-3) }, /not inside the notes/],
      [{ start: -1 }, /not inside the notes/],
      [{ start: 5, end: 5, text: '' }, /not inside the notes/],
      [{ start: 0.5 }, /not inside the notes/],
      [{ text: 'Police share MACE minutes soon' }, /notes have changed/],
      [{ start: 39, end: 40, text: '\n' }, /not only spaces/],
      [{ themeIds: [] }, /at least one theme/],
      [{ themeIds: [id(21), id(29)] }, /no longer in the review/],
      [{ themeIds: [id(99)] }, /no longer in the review/],
    ];
    for (const [change, message] of refusals) {
      const attempt = addExcerpt(db, { ...macePassage, ...change });
      await expect(attempt, JSON.stringify(change)).rejects.toBeInstanceOf(BlockedChangeError);
      await expect(attempt).rejects.toThrow(message);
    }
    await expect(addExcerpt(db, { ...macePassage, engagementId: id(31) })).rejects.toThrow(/no longer exists/);
    expect(await db.excerpts.count()).toBe(1);
    expect(await updatedAt()).toBe(before);
  });

  it('counts offsets in UTF-16 code units, as the notes are stored', async () => {
    const base = makeReviewFile();
    const notes = 'A&E sees the same boys 🔪 after each stabbing.';
    await seeded({ ...base, engagements: [{ ...base.engagements[0]!, notes }], excerpts: [], findings: [], recommendations: [], actions: [] });
    const start = notes.indexOf('🔪');
    await addExcerpt(db, { ...macePassage, start, end: start + 2, text: '🔪' });
    await expect(addExcerpt(db, { ...macePassage, start, end: start + 1, text: '🔪' })).rejects.toThrow(/notes have changed/);
    expect((await exported()).excerpts[0]).toMatchObject({ start, end: start + 2, text: '🔪' });
  });
});

describe('changing how a passage is coded', () => {
  it('changes themes, kind and quoting only, never its place', async () => {
    await seeded();
    await updateExcerpt(db, PASSAGE, { themeIds: [id(20)], kind: 'barrier', isQuote: false });
    const [passage] = (await exported()).excerpts;
    expect(passage).toEqual({ ...makeReviewFile().excerpts[0]!, themeIds: [id(20)], kind: 'barrier', isQuote: false });
  });

  it('refuses no theme or a theme outside the review', async () => {
    await seeded();
    await expect(updateExcerpt(db, PASSAGE, { themeIds: [], kind: 'gap', isQuote: true })).rejects.toBeInstanceOf(BlockedChangeError);
    await expect(updateExcerpt(db, PASSAGE, { themeIds: [id(99)], kind: 'gap', isQuote: true })).rejects.toThrow(/no longer in the review/);
    expect((await exported()).excerpts[0]).toEqual(makeReviewFile().excerpts[0]);
  });
});

describe('removing a passage and undoing it', () => {
  async function seededWithCitations(): Promise<ReviewFile> {
    const base = makeReviewFile();
    const second = { ...base.excerpts[0]!, id: id(41), ...{ start: macePassage.start, end: macePassage.end, text: MACE } };
    const file = {
      ...base,
      excerpts: [...base.excerpts, second],
      findings: [
        { ...base.findings[0]!, excerptIds: [id(41), id(40)] },
        { ...base.findings[0]!, id: id(51), order: 1, excerptIds: [id(40)] },
        { ...base.findings[0]!, id: id(52), order: 2, excerptIds: [id(41)] },
      ],
    };
    await seeded(file);
    return file;
  }

  it('takes it out of every finding that cited it, and undo puts everything back exactly', async () => {
    await seededWithCitations();
    const original = await exportReviewFile(db, REVIEW, 'then');
    const deleted = await deleteExcerpt(db, PASSAGE);
    const after = await exported();
    expect(after.excerpts.map((x) => x.id)).toEqual([id(41)]);
    expect(after.findings.map((f) => f.excerptIds)).toEqual([[id(41)], [], [id(41)]]);
    expect(deleted.findingLinks).toEqual([{ findingId: id(50), excerptIds: [id(41), id(40)] }, { findingId: id(51), excerptIds: [id(40)] }]);

    await restoreExcerpt(db, deleted);
    const { review: _r, ...restored } = await exportReviewFile(db, REVIEW, 'then');
    const { review: _o, ...expected } = original;
    expect(restored).toEqual(expected);
  });

  it('keeps what findings cited since, skips findings deleted since, and follows edited notes', async () => {
    await seededWithCitations();
    const deleted = await deleteExcerpt(db, PASSAGE);
    await db.findings.update(id(50), { excerptIds: [] });
    await db.findings.delete(id(51));
    await saveNotes(db, ENGAGEMENT, `Opening remarks.\n${NOTES}`);
    await restoreExcerpt(db, deleted);
    const file = await exported();
    // Finding 50 had lost passage 41 meanwhile: only the restored passage goes back, at its old place.
    expect(file.findings.map((f) => [f.id, f.excerptIds])).toEqual([[id(50), [id(40)]], [id(52), [id(41)]]]);
    const passage = file.excerpts.find((x) => x.id === PASSAGE)!;
    expect(file.engagements[0]!.notes.slice(passage.start, passage.end)).toBe(passage.text);
    expect(passage.start).toBe('Opening remarks.\n'.length);
  });

  it('is refused in plain words when its engagement or a theme has gone, or its notes are empty', async () => {
    await seededWithCitations();
    const deleted = await deleteExcerpt(db, PASSAGE);
    await expect(restoreExcerpt(db, { ...deleted, excerpt: { ...deleted.excerpt, themeIds: [id(99)] } })).rejects.toThrow(/theme this passage used/);
    await expect(restoreExcerpt(db, { ...deleted, excerpt: { ...deleted.excerpt, engagementId: id(31) } })).rejects.toThrow(/engagement this passage was coded in/);
    await deleteExcerpt(db, id(41));
    await saveNotes(db, ENGAGEMENT, '');
    await expect(restoreExcerpt(db, deleted)).rejects.toBeInstanceOf(BlockedChangeError);
    expect(await db.excerpts.count()).toBe(0);
  });
});

describe('who said a passage', () => {
  const WORKSHOP = id(31);
  const WORKSHOP_NOTES = 'Police and schools meet monthly. Schools refer late.';
  /** The small file plus a police and school workshop with one passage said by the police. */
  const withWorkshop = (): ReviewFile => {
    const base = makeReviewFile();
    return parseReviewFile({
      ...base,
      engagements: [...base.engagements, {
        id: WORKSHOP, kind: 'workshop', title: 'Joint', date: '2026-02-04', agencyIds: [id(10), id(11)], roles: [], participantCount: 6, reviewerIds: [], notes: WORKSHOP_NOTES,
      }],
      excerpts: [...base.excerpts, { id: id(41), engagementId: WORKSHOP, start: 0, end: 32, text: WORKSHOP_NOTES.slice(0, 32), themeIds: [id(21)], kind: 'good-practice', isQuote: false, agencyId: id(10) }],
    });
  };
  const late = { engagementId: WORKSHOP, start: 33, end: 52, text: WORKSHOP_NOTES.slice(33), themeIds: [id(21)], kind: 'gap' as const, isQuote: false };
  const speakerOf = async (excerptId: string) => (await exported()).excerpts.find((x) => x.id === excerptId)?.agencyId;

  it('codes a passage with one of its engagement’s agencies as the speaker, or none, and refuses any other', async () => {
    await seeded(withWorkshop());
    const said = await addExcerpt(db, { ...late, agencyId: id(11) });
    expect(await speakerOf(said)).toBe(id(11));
    const unknown = await addExcerpt(db, { ...late, agencyId: undefined });
    expect(await speakerOf(unknown)).toBeUndefined();
    // The head teachers' interview heard only Hill School, so the police cannot have said it.
    await expect(addExcerpt(db, { ...macePassage, agencyId: id(10) })).rejects.toThrow(/not one of this engagement’s agencies/);
    await expect(addExcerpt(db, { ...late, agencyId: id(99) })).rejects.toThrow(/not one of this engagement’s agencies/);
    expect(await db.excerpts.count()).toBe(4);
  });

  it('editing a passage changes or clears its speaker, and refuses an agency not in the session', async () => {
    await seeded(withWorkshop());
    const coding = { themeIds: [id(21)], kind: 'good-practice' as const, isQuote: false };
    await updateExcerpt(db, id(41), { ...coding, agencyId: id(11) });
    expect(await speakerOf(id(41))).toBe(id(11));
    await updateExcerpt(db, id(41), coding);
    expect(await speakerOf(id(41))).toBeUndefined();
    await expect(updateExcerpt(db, id(41), { ...coding, agencyId: id(99) })).rejects.toThrow(/not one of this engagement’s agencies/);
    expect(await speakerOf(id(41))).toBeUndefined();
  });

  it('when an agency is taken off the engagement, its passages forget that speaker (and keep any other), and the file stays valid', async () => {
    await seeded(withWorkshop());
    const other = await addExcerpt(db, { ...late, agencyId: id(11) });
    const { id: _id, notes: _notes, ...details } = withWorkshop().engagements[1]!;
    await updateEngagement(db, WORKSHOP, { ...details, agencyIds: [id(11)] });
    expect(await speakerOf(id(41))).toBeUndefined();
    expect(await speakerOf(other)).toBe(id(11));
    // Adding an agency changes nobody's speaker.
    await updateEngagement(db, WORKSHOP, { ...details, agencyIds: [id(11), id(10)] });
    expect(await speakerOf(other)).toBe(id(11));
  });

  it('undoing a removal forgets a speaker taken off the engagement meanwhile', async () => {
    await seeded(withWorkshop());
    const deleted = await deleteExcerpt(db, id(41));
    const { id: _id, notes: _notes, ...details } = withWorkshop().engagements[1]!;
    await updateEngagement(db, WORKSHOP, { ...details, agencyIds: [id(11)] });
    await restoreExcerpt(db, deleted);
    const file = await exported();
    expect(file.excerpts.find((x) => x.id === id(41))).toBeDefined();
    expect(file.excerpts.find((x) => x.id === id(41))?.agencyId).toBeUndefined();
  });
});
