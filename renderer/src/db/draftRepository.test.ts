import { afterEach, describe, expect, it } from 'vitest';
import type { LocalReviewDb } from './database.ts';
import { clearDraft, readDraft, recoverDraft, writeDraft } from './draftRepository.ts';
import { deleteEngagement } from './engagementRepository.ts';
import { deleteReview, exportReviewFile, importReviewFile } from './reviewFileRepository.ts';
import { parseReviewFile } from '../domain/reviewFile.ts';
import { freshDb } from '../../../test/helpers/testDb.ts';
import { id, makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';

let db: LocalReviewDb;
const REVIEW = id(1);
const ENGAGEMENT = id(30);
const SAVED = makeReviewFile().engagements[0]!.notes;
afterEach(async () => { await db.delete(); });

async function seeded(file = makeReviewFile()): Promise<LocalReviewDb> {
  db = freshDb();
  await importReviewFile(db, file);
  return db;
}
const draft = (notes: string, savedAt = Date.UTC(2026, 1, 20, 9, 41)) => ({ engagementId: ENGAGEMENT, reviewId: REVIEW, notes, savedAt });

describe('notes drafts', () => {
  it('writes, reads, replaces and clears a draft without touching the review', async () => {
    await seeded();
    const before = (await db.reviews.get(REVIEW))!.updatedAt;
    expect(await writeDraft(db, draft('first'))).toBe(true);
    expect(await writeDraft(db, draft('first and second', 2))).toBe(true);
    expect(await readDraft(db, ENGAGEMENT)).toEqual(draft('first and second', 2));
    expect((await db.reviews.get(REVIEW))!.updatedAt).toBe(before);
    await clearDraft(db, ENGAGEMENT);
    expect(await readDraft(db, ENGAGEMENT)).toBeUndefined();
  });

  it('leaves no draft behind for an engagement that has gone', async () => {
    await seeded();
    await deleteEngagement(db, ENGAGEMENT);
    expect(await writeDraft(db, draft('late keystroke'))).toBe(false);
    expect(await db.drafts.count()).toBe(0);
  });

  it('is deleted with its review', async () => {
    await seeded();
    await writeDraft(db, draft('private words'));
    await deleteReview(db, REVIEW);
    expect(await db.drafts.count()).toBe(0);
  });
});

describe('opening notes (recoverDraft)', () => {
  it('returns the saved notes when there is no draft', async () => {
    await seeded();
    expect(await recoverDraft(db, ENGAGEMENT)).toEqual({ notes: SAVED });
  });

  it('restores and saves a draft that differs, moving passages, and the export stays valid', async () => {
    await seeded();
    const text = `${SAVED}\nYOT: referrals wait three weeks.`;
    await writeDraft(db, draft(text));
    expect(await recoverDraft(db, ENGAGEMENT)).toEqual({ notes: text, restoredFrom: Date.UTC(2026, 1, 20, 9, 41) });
    expect(await db.drafts.count()).toBe(0);
    const file = parseReviewFile(await exportReviewFile(db, REVIEW));
    expect(file.engagements[0]!.notes).toBe(text);
    expect(await recoverDraft(db, ENGAGEMENT)).toEqual({ notes: text });
  });

  it('quietly removes a draft equal to the saved notes', async () => {
    await seeded();
    await writeDraft(db, draft(SAVED));
    expect(await recoverDraft(db, ENGAGEMENT)).toEqual({ notes: SAVED });
    expect(await db.drafts.count()).toBe(0);
  });

  it('does not restore an empty draft over notes with coded passages', async () => {
    await seeded();
    await writeDraft(db, draft(''));
    expect(await recoverDraft(db, ENGAGEMENT)).toEqual({ notes: SAVED });
    expect(await db.drafts.count()).toBe(0);
  });
});
