/**
 * Writes to coded passages (excerpts): coding a stretch of an engagement's notes against
 * themes, changing how it is coded, and removing it with undo. A passage always points at
 * its own text in its notes: offsets are set once here and only moved by saveNotes.
 */
import { reanchor } from '../domain/anchoring.ts';
import { newId } from '../domain/ids.ts';
import { withoutUndefined } from '../domain/reviewCopy.ts';
import { excerptSchema, type Engagement, type Excerpt } from '../domain/reviewFile.ts';
import type { LocalReviewDb, Row } from './database.ts';
import { BlockedChangeError, getRow, nextSeq, touchReview } from './writes.ts';

/**
 * How a passage is coded: the part a reviewer may change after coding it. `agencyId` is
 * who said it (one of its engagement's agencies); absent when not known.
 */
export type PassageCoding = Pick<Excerpt, 'themeIds' | 'kind' | 'isQuote'> & { agencyId?: string | undefined };

/** A new passage: where it is in the notes, the text seen there, and its coding. */
export type NewPassage = Pick<Excerpt, 'engagementId' | 'start' | 'end' | 'text'> & PassageCoding;

/** What removing a passage took away, so Undo can put it back exactly. */
export interface DeletedExcerpt {
  excerpt: Row<Excerpt>;
  /** Each finding that cited the passage, with its excerptIds before the removal. */
  findingLinks: FindingLinks;
}

export type FindingLinks = Array<{ findingId: string; excerptIds: string[] }>;

/** Refuses an empty coding and themes outside the review; returns the themes without repeats. */
async function checkThemes(db: LocalReviewDb, reviewId: string, themeIds: readonly string[]): Promise<string[]> {
  const unique = [...new Set(themeIds)];
  if (unique.length === 0) throw new BlockedChangeError('Choose at least one theme for the passage.');
  if ((await db.themes.bulkGet(unique)).some((t) => t?.reviewId !== reviewId)) {
    throw new BlockedChangeError('A theme chosen for this passage is no longer in the review.');
  }
  return unique;
}

/** Refuses a speaker who is not one of the engagement's agencies. */
function checkSpeaker(engagement: Pick<Engagement, 'agencyIds'>, agencyId: string | undefined): void {
  if (agencyId !== undefined && !engagement.agencyIds.includes(agencyId)) {
    throw new BlockedChangeError('The agency chosen as the speaker is not one of this engagement’s agencies.');
  }
}

/**
 * Forgets the speaker of every passage of an engagement whose agency is no longer among
 * `agencyIds`, so no passage keeps a speaker who was not in the session: it shows as "not
 * known" for the reviewer to record again. Returns how many changed. Call inside a
 * transaction that includes db.excerpts.
 */
export async function forgetSpeakersOutside(db: LocalReviewDb, engagementId: string, agencyIds: readonly string[]): Promise<number> {
  const stale = await db.excerpts.where('engagementId').equals(engagementId)
    .filter((x) => x.agencyId !== undefined && !agencyIds.includes(x.agencyId)).toArray();
  await db.excerpts.bulkPut(stale.map(({ agencyId: _gone, ...rest }) => rest));
  return stale.length;
}

/**
 * Codes a passage of an engagement's notes; returns its id. Refused when the offsets fall
 * outside the notes, when the notes no longer read `text` there (they changed since the
 * selection), when the text is blank, or when a theme is not the review's.
 */
export async function addExcerpt(db: LocalReviewDb, passage: NewPassage): Promise<string> {
  return db.transaction('rw', [db.reviews, db.engagements, db.themes, db.excerpts], async () => {
    const engagement = await getRow(db.engagements, passage.engagementId, 'engagement');
    const { start, end, text } = passage;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > engagement.notes.length) {
      throw new BlockedChangeError('That passage is not inside the notes of this engagement.');
    }
    if (engagement.notes.slice(start, end) !== text) {
      throw new BlockedChangeError('The notes have changed since you selected this passage. Select it again.');
    }
    if (!/\S/.test(text)) throw new BlockedChangeError('Select some words to code, not only spaces.');
    checkSpeaker(engagement, passage.agencyId);
    const themeIds = await checkThemes(db, engagement.reviewId, passage.themeIds);
    const excerpt = withoutUndefined(excerptSchema.parse({ ...passage, themeIds, id: newId() }));
    await db.excerpts.add({ ...excerpt, reviewId: engagement.reviewId, seq: await nextSeq(db.excerpts, engagement.reviewId) });
    await touchReview(db, engagement.reviewId);
    return excerpt.id;
  });
}

/** Changes a passage's themes, kind, speaker and whether it may be quoted; its place in the notes never moves here. */
export async function updateExcerpt(db: LocalReviewDb, excerptId: string, coding: PassageCoding): Promise<void> {
  await db.transaction('rw', [db.reviews, db.engagements, db.themes, db.excerpts], async () => {
    const row = await getRow(db.excerpts, excerptId, 'coded passage');
    checkSpeaker(await getRow(db.engagements, row.engagementId, 'engagement'), coding.agencyId);
    const themeIds = await checkThemes(db, row.reviewId, coding.themeIds);
    const { reviewId, seq, agencyId: _old, ...excerpt } = row;
    const next = withoutUndefined(excerptSchema.parse({ ...excerpt, themeIds, kind: coding.kind, isQuote: coding.isQuote, agencyId: coding.agencyId }));
    await db.excerpts.put({ ...next, reviewId, seq });
    await touchReview(db, reviewId);
  });
}

/**
 * Removes a passage. Keeps consistent, in one transaction: the passage and the findings
 * that cited it (it leaves their excerptIds). Returns what was removed, for restoreExcerpt.
 */
export async function deleteExcerpt(db: LocalReviewDb, excerptId: string): Promise<DeletedExcerpt> {
  return db.transaction('rw', [db.reviews, db.excerpts, db.findings], async () => {
    const excerpt = await getRow(db.excerpts, excerptId, 'coded passage');
    const findings = await db.findings.where('excerptIds').equals(excerptId).toArray();
    await db.findings.bulkPut(findings.map((f) => ({ ...f, excerptIds: f.excerptIds.filter((x) => x !== excerptId) })));
    await db.excerpts.delete(excerptId);
    await touchReview(db, excerpt.reviewId);
    return { excerpt, findingLinks: findings.map((f) => ({ findingId: f.id, excerptIds: f.excerptIds })) };
  });
}

/**
 * Puts passages back in the findings that cited them, at their old places, keeping any
 * passages cited since. Findings deleted since are skipped. Call inside a transaction
 * that includes db.findings.
 */
export async function restoreFindingLinks(db: LocalReviewDb, findingLinks: FindingLinks, restoredIds: ReadonlySet<string>): Promise<void> {
  for (const link of findingLinks) {
    const finding = await db.findings.get(link.findingId);
    if (!finding) continue;
    const current = new Set(finding.excerptIds);
    const excerptIds = [...link.excerptIds.filter((x) => restoredIds.has(x) || current.has(x)), ...finding.excerptIds.filter((x) => !link.excerptIds.includes(x))];
    await db.findings.put({ ...finding, excerptIds });
  }
}

/**
 * Undoes deleteExcerpt: the passage and its places in findings, in one transaction.
 * If the notes were edited meanwhile the passage is found again as saveNotes would
 * (kept, clamped, when it cannot be). Refused in plain words when its engagement or one
 * of its themes has been removed since.
 */
export async function restoreExcerpt(db: LocalReviewDb, deleted: DeletedExcerpt): Promise<void> {
  const { excerpt, findingLinks } = deleted;
  await db.transaction('rw', [db.reviews, db.engagements, db.themes, db.excerpts, db.findings], async () => {
    const engagement = await db.engagements.get(excerpt.engagementId);
    if (!engagement) throw new BlockedChangeError('The engagement this passage was coded in has been deleted since, so the passage cannot be put back.');
    if (engagement.notes.length === 0) throw new BlockedChangeError('The notes this passage was coded in are empty now, so the passage cannot be put back.');
    if ((await db.themes.bulkGet(excerpt.themeIds)).some((t) => t?.reviewId !== excerpt.reviewId)) {
      throw new BlockedChangeError('A theme this passage used has been removed since, so the passage cannot be put back.');
    }
    const anchor = reanchor(excerpt, engagement.notes);
    // The engagement's agencies may have changed since: a speaker no longer among them is forgotten.
    const { agencyId, ...rest } = excerpt;
    const speaker = agencyId !== undefined && engagement.agencyIds.includes(agencyId) ? { agencyId } : {};
    await db.excerpts.add({ ...rest, ...speaker, start: anchor.start, end: anchor.end, text: anchor.text });
    await restoreFindingLinks(db, findingLinks, new Set([excerpt.id]));
    await touchReview(db, excerpt.reviewId);
  });
}
