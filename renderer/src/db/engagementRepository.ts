/**
 * Writes to a review's engagements: the timetable entries, their notes, and deletion
 * with undo. Notes and the coded passages anchored in them change together, so an
 * exported file never holds a passage that points past the end of its notes.
 */
import { reanchorAll } from '../domain/anchoring.ts';
import { newId } from '../domain/ids.ts';
import { isWithinNotesLimit, notesTooLongMessage } from '../domain/notesLimit.ts';
import { withoutUndefined } from '../domain/reviewCopy.ts';
import { engagementSchema, type Engagement, type Excerpt } from '../domain/reviewFile.ts';
import type { LocalReviewDb, NotesDraft, Row } from './database.ts';
import { forgetSpeakersOutside } from './excerptRepository.ts';
import { BlockedChangeError, getRow, nextSeq, touchReview } from './writes.ts';
import { plural } from '../domain/words/index.ts';

/** Everything about an engagement except its id and its notes (which save on their own). */
export type EngagementDetails = Omit<Engagement, 'id' | 'notes'>;

/** What deleting an engagement removed, so Undo can put every piece back as it was. */
export interface DeletedEngagement {
  engagement: Row<Engagement>;
  excerpts: Row<Excerpt>[];
  /** Each affected finding's excerptIds before the delete, in their order. */
  findingLinks: Array<{ findingId: string; excerptIds: string[] }>;
  draft?: NotesDraft | undefined;
}

/** Refuses agencies outside the review's scope and reviewers outside its team. */
async function checkReferences(db: LocalReviewDb, reviewId: string, agencyIds: readonly string[], reviewerIds: readonly string[]): Promise<void> {
  const agencies = await db.agencies.bulkGet([...agencyIds]);
  if (agencies.some((a) => a?.reviewId !== reviewId)) throw new BlockedChangeError('An agency chosen for this engagement is no longer in scope.');
  const team = new Set((await db.reviews.get(reviewId))?.reviewers.map((r) => r.id));
  if (reviewerIds.some((id) => !team.has(id))) throw new BlockedChangeError('A reviewer chosen for this engagement is no longer on the review team.');
}

/** Adds an engagement with empty notes at the end of the review's engagements; returns its id. */
export async function addEngagement(db: LocalReviewDb, reviewId: string, details: EngagementDetails): Promise<string> {
  const engagement = withoutUndefined(engagementSchema.parse({ ...details, id: newId(), notes: '' }));
  return db.transaction('rw', [db.reviews, db.agencies, db.engagements], async () => {
    await checkReferences(db, reviewId, engagement.agencyIds, engagement.reviewerIds);
    await db.engagements.add({ ...engagement, reviewId, seq: await nextSeq(db.engagements, reviewId) });
    await touchReview(db, reviewId);
    return engagement.id;
  });
}

/**
 * Changes an engagement's details; its notes are left exactly as they are. Keeps
 * consistent, in one transaction: the engagement and the speakers of its passages (a
 * speaker whose agency is taken off the engagement is forgotten, see forgetSpeakersOutside).
 */
export async function updateEngagement(db: LocalReviewDb, engagementId: string, details: EngagementDetails): Promise<void> {
  await db.transaction('rw', [db.reviews, db.agencies, db.engagements, db.excerpts], async () => {
    const row = await getRow(db.engagements, engagementId, 'engagement');
    const { durationMinutes: _old, reviewId, seq, ...rest } = row;
    const next = withoutUndefined(engagementSchema.parse({ ...rest, ...details, id: row.id, notes: row.notes }));
    await checkReferences(db, reviewId, next.agencyIds, next.reviewerIds);
    await db.engagements.put({ ...next, reviewId, seq });
    await forgetSpeakersOutside(db, row.id, next.agencyIds);
    await touchReview(db, reviewId);
  });
}

/**
 * Saves an engagement's notes. Keeps consistent, in one transaction: the notes, the
 * offsets of the passages coded in them (found again by their stored text; a passage
 * that cannot be found keeps its text and clamped offsets, for the Analyse stage to
 * flag), and the crash draft, which is deleted when these notes cover it (`typedAt`
 * is when the saved text was typed; a draft typed later is newer and stays). Notes over
 * NOTES_MAX_CHARACTERS are refused and the stored notes stay as they were.
 */
export async function saveNotes(db: LocalReviewDb, engagementId: string, notes: string, typedAt: number = Date.now()): Promise<void> {
  if (!isWithinNotesLimit(notes)) throw new BlockedChangeError(notesTooLongMessage(notes.length));
  await db.transaction('rw', [db.reviews, db.engagements, db.excerpts, db.drafts], async () => {
    const row = await getRow(db.engagements, engagementId, 'engagement');
    if (row.notes !== notes) {
      const excerpts = await db.excerpts.where('engagementId').equals(engagementId).toArray();
      if (notes.length === 0 && excerpts.length > 0) {
        throw new BlockedChangeError(`These notes have ${plural(excerpts.length, 'coded passage')}, so they cannot be emptied. Remove the passages first.`);
      }
      const anchors = new Map(reanchorAll(excerpts, notes, row.notes).map((a) => [a.id, a]));
      const moved = excerpts.flatMap((x) => {
        const a = anchors.get(x.id)!;
        return a.start === x.start && a.end === x.end && a.text === x.text ? [] : [{ ...x, start: a.start, end: a.end, text: a.text }];
      });
      await db.excerpts.bulkPut(moved);
      await db.engagements.put({ ...row, notes });
      await touchReview(db, row.reviewId);
    }
    const draft = await db.drafts.get(engagementId);
    if (draft && draft.savedAt <= typedAt) await db.drafts.delete(engagementId);
  });
}

/**
 * Deletes an engagement. Keeps consistent, in one transaction: the engagement, its coded
 * passages, the findings that cited them (the passages leave their excerptIds) and its
 * crash draft. Returns everything removed, for restoreEngagement.
 */
export async function deleteEngagement(db: LocalReviewDb, engagementId: string): Promise<DeletedEngagement> {
  return db.transaction('rw', [db.reviews, db.engagements, db.excerpts, db.findings, db.drafts], async () => {
    const engagement = await getRow(db.engagements, engagementId, 'engagement');
    const excerpts = await db.excerpts.where('engagementId').equals(engagementId).toArray();
    const gone = new Set(excerpts.map((x) => x.id));
    const findings = gone.size ? await db.findings.where('excerptIds').anyOf([...gone]).distinct().toArray() : [];
    await db.findings.bulkPut(findings.map((f) => ({ ...f, excerptIds: f.excerptIds.filter((x) => !gone.has(x)) })));
    await db.excerpts.bulkDelete([...gone]);
    const draft = await db.drafts.get(engagementId);
    await db.drafts.delete(engagementId);
    await db.engagements.delete(engagementId);
    await touchReview(db, engagement.reviewId);
    return { engagement, excerpts, findingLinks: findings.map((f) => ({ findingId: f.id, excerptIds: f.excerptIds })), draft };
  });
}

/**
 * Undoes deleteEngagement: the engagement, its passages, their places in findings and its
 * draft, in one transaction. Refused in plain words when something it refers to (an
 * agency, a reviewer, a theme) has been removed since; findings deleted since are skipped.
 */
export async function restoreEngagement(db: LocalReviewDb, deleted: DeletedEngagement): Promise<void> {
  const { engagement, excerpts, findingLinks, draft } = deleted;
  await db.transaction('rw', [db.reviews, db.agencies, db.themes, db.engagements, db.excerpts, db.findings, db.drafts], async () => {
    await checkReferences(db, engagement.reviewId, engagement.agencyIds, engagement.reviewerIds);
    const themeIds = [...new Set(excerpts.flatMap((x) => x.themeIds))];
    if ((await db.themes.bulkGet(themeIds)).some((t) => t?.reviewId !== engagement.reviewId)) {
      throw new BlockedChangeError('A theme its coded passages used has been removed since, so the engagement cannot be put back.');
    }
    await db.engagements.add(engagement);
    await db.excerpts.bulkAdd(excerpts);
    const restored = new Set(excerpts.map((x) => x.id));
    for (const link of findingLinks) {
      const finding = await db.findings.get(link.findingId);
      if (!finding) continue;
      const current = new Set(finding.excerptIds);
      const excerptIds = [...link.excerptIds.filter((x) => restored.has(x) || current.has(x)), ...finding.excerptIds.filter((x) => !link.excerptIds.includes(x))];
      await db.findings.put({ ...finding, excerptIds });
    }
    if (draft) await db.drafts.put(draft);
    await touchReview(db, engagement.reviewId);
  });
}
