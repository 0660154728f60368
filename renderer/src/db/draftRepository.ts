/**
 * Crash-safe drafts of engagement notes. The notes editor writes the whole text here on
 * every input, so a crash or a killed window between autosaves loses nothing; the draft
 * is deleted when the notes save (engagementRepository.saveNotes) and restored when the
 * engagement is next opened (recoverDraft).
 *
 * Draft writes deliberately do not touch the review's updatedAt: a draft is not yet part
 * of the review, and touching the review on every keystroke would re-render every
 * screen that reads it. The notes save that follows touches it.
 */
import type { LocalReviewDb, NotesDraft } from './database.ts';
import { saveNotes } from './engagementRepository.ts';
import { getRow } from './writes.ts';

/** Writes the current text; false when the engagement has gone (no orphan text is left). */
export async function writeDraft(db: LocalReviewDb, draft: NotesDraft): Promise<boolean> {
  return db.transaction('rw', db.engagements, db.drafts, async () => {
    if (!(await db.engagements.get(draft.engagementId))) return false;
    await db.drafts.put(draft);
    return true;
  });
}

export async function readDraft(db: LocalReviewDb, engagementId: string): Promise<NotesDraft | undefined> {
  return db.drafts.get(engagementId);
}

export async function clearDraft(db: LocalReviewDb, engagementId: string): Promise<void> {
  await db.drafts.delete(engagementId);
}

export interface OpenedNotes {
  notes: string;
  /** When the restored draft was typed (ms since 1970); absent when nothing was restored. */
  restoredFrom?: number;
}

/**
 * Opens an engagement's notes: a draft that differs from the saved notes holds text the
 * reviewer never saved (the notes save deletes any draft it covers), so it is saved as
 * the notes now, in the same transaction, and reported. A draft equal to the notes is
 * just removed. An empty draft is not restored over notes with coded passages (saving
 * it would be refused); the saved notes are kept.
 */
export async function recoverDraft(db: LocalReviewDb, engagementId: string): Promise<OpenedNotes> {
  return db.transaction('rw', [db.reviews, db.engagements, db.excerpts, db.drafts], async () => {
    const row = await getRow(db.engagements, engagementId, 'engagement');
    const draft = await db.drafts.get(engagementId);
    if (!draft) return { notes: row.notes };
    const isBlocked = draft.notes === '' && (await db.excerpts.where('engagementId').equals(engagementId).count()) > 0;
    if (draft.notes === row.notes || isBlocked) {
      await db.drafts.delete(engagementId);
      return { notes: row.notes };
    }
    await saveNotes(db, engagementId, draft.notes, draft.savedAt);
    return { notes: draft.notes, restoredFrom: draft.savedAt };
  });
}
