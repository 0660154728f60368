/**
 * Writes to a review's findings: add, edit, reorder within a theme, and delete with undo.
 * A finding sits under one theme of the review and cites passages of the same review;
 * recommendations cite findings, so a delete takes the finding out of them and its undo
 * puts it back where it was.
 */
import { endOfTheme, moveWithinTheme } from '../domain/findingOrder.ts';
import { newId } from '../domain/ids.ts';
import { withoutUndefined } from '../domain/reviewCopy.ts';
import { findingSchema, type Finding, type Recommendation } from '../domain/reviewFile.ts';
import type { LocalReviewDb, Row } from './database.ts';
import { BlockedChangeError, getRow, nextSeq, touchReview } from './writes.ts';

/** What a reviewer writes about a finding; its id and order are the repository's business. */
export type FindingDetails = Omit<Finding, 'id' | 'order'>;

/** What deleting a finding removed, so Undo can put it back exactly. */
export interface DeletedFinding {
  finding: Row<Finding>;
  /** Each recommendation that cited it, with its findingIds before the delete, in their order. */
  recommendationLinks: Array<{ recommendationId: string; findingIds: string[] }>;
}

/** Refuses a theme or passages that are not part of this review. */
async function checkReferences(db: LocalReviewDb, reviewId: string, themeId: string, excerptIds: readonly string[]): Promise<void> {
  if ((await db.themes.get(themeId))?.reviewId !== reviewId) throw new BlockedChangeError('The theme chosen for this finding is not in this review. Choose another theme.');
  const excerpts = await db.excerpts.bulkGet([...excerptIds]);
  if (excerpts.some((x) => x?.reviewId !== reviewId)) throw new BlockedChangeError('A passage chosen as evidence is no longer coded in this review. Choose the evidence again.');
}

/** The review's findings in file order. */
async function findingsOf(db: LocalReviewDb, reviewId: string): Promise<Row<Finding>[]> {
  return (await db.findings.where('reviewId').equals(reviewId).toArray()).sort((a, b) => a.seq - b.seq);
}

/** Adds a finding at the end of its theme's findings; returns its id. */
export async function addFinding(db: LocalReviewDb, reviewId: string, details: FindingDetails): Promise<string> {
  const draft = { ...details, excerptIds: [...new Set(details.excerptIds)] };
  return db.transaction('rw', [db.reviews, db.themes, db.excerpts, db.findings], async () => {
    await checkReferences(db, reviewId, draft.themeId, draft.excerptIds);
    const order = endOfTheme(await findingsOf(db, reviewId), draft.themeId);
    const finding = withoutUndefined(findingSchema.parse({ ...draft, id: newId(), order }));
    await db.findings.add({ ...finding, reviewId, seq: await nextSeq(db.findings, reviewId) });
    await touchReview(db, reviewId);
    return finding.id;
  });
}

/**
 * Changes any of a finding's details. Moving it to another theme puts it at the end of
 * that theme's findings; passages cited twice are kept once.
 */
export async function updateFinding(db: LocalReviewDb, findingId: string, changes: Partial<FindingDetails>): Promise<void> {
  await db.transaction('rw', [db.reviews, db.themes, db.excerpts, db.findings], async () => {
    const row = await getRow(db.findings, findingId, 'finding');
    const { reviewId, seq, ...current } = row;
    const next = { ...current, ...withoutUndefined(changes) };
    next.excerptIds = [...new Set(next.excerptIds)];
    await checkReferences(db, reviewId, next.themeId, next.excerptIds);
    if (next.themeId !== current.themeId) next.order = endOfTheme(await findingsOf(db, reviewId), next.themeId);
    await db.findings.put({ ...findingSchema.parse(next), reviewId, seq });
    await touchReview(db, reviewId);
  });
}

/** Moves a finding one place up (-1) or down (+1) within its theme, numbering the theme's findings afresh. */
export async function moveFinding(db: LocalReviewDb, findingId: string, direction: -1 | 1): Promise<void> {
  await db.transaction('rw', [db.reviews, db.findings], async () => {
    const row = await getRow(db.findings, findingId, 'finding');
    const all = await findingsOf(db, row.reviewId);
    const changed = new Map(moveWithinTheme(all, findingId, direction).map((c) => [c.id, c.order]));
    if (changed.size === 0) return;
    await db.findings.bulkPut(all.filter((f) => changed.has(f.id)).map((f) => ({ ...f, order: changed.get(f.id)! })));
    await touchReview(db, row.reviewId);
  });
}

/**
 * Deletes a finding. Keeps consistent, in one transaction: the finding and every
 * recommendation that cited it (it leaves their findingIds). Returns what was removed,
 * for restoreFinding.
 */
export async function deleteFinding(db: LocalReviewDb, findingId: string): Promise<DeletedFinding> {
  return db.transaction('rw', [db.reviews, db.findings, db.recommendations], async () => {
    const finding = await getRow(db.findings, findingId, 'finding');
    const citing = await db.recommendations.where('findingIds').equals(findingId).toArray();
    await db.recommendations.bulkPut(citing.map((r) => ({ ...r, findingIds: r.findingIds.filter((id) => id !== findingId) })));
    await db.findings.delete(findingId);
    await touchReview(db, finding.reviewId);
    return { finding, recommendationLinks: citing.map((r) => ({ recommendationId: r.id, findingIds: r.findingIds })) };
  });
}

/** A recommendation's findingIds with the restored finding back in its old place, keeping links made since. */
function relinked(current: Row<Recommendation>, before: readonly string[], restoredId: string): string[] {
  const now = new Set(current.findingIds);
  const kept = before.filter((id) => id === restoredId || now.has(id));
  return [...kept, ...current.findingIds.filter((id) => !kept.includes(id))];
}

/**
 * Undoes deleteFinding: the finding, in its place, and its places in recommendations, in
 * one transaction. Refused in plain words when its theme has been removed since; passages
 * uncoded since are left out of its evidence, and recommendations deleted since are skipped.
 */
export async function restoreFinding(db: LocalReviewDb, deleted: DeletedFinding): Promise<void> {
  const { finding, recommendationLinks } = deleted;
  await db.transaction('rw', [db.reviews, db.themes, db.excerpts, db.findings, db.recommendations], async () => {
    if ((await db.themes.get(finding.themeId))?.reviewId !== finding.reviewId) {
      throw new BlockedChangeError(`The theme of the finding “${finding.title}” has been removed since, so it cannot be put back.`);
    }
    const present = await db.excerpts.bulkGet(finding.excerptIds);
    await db.findings.add({ ...finding, excerptIds: finding.excerptIds.filter((_, i) => present[i]?.reviewId === finding.reviewId) });
    for (const link of recommendationLinks) {
      const recommendation = await db.recommendations.get(link.recommendationId);
      if (recommendation) await db.recommendations.put({ ...recommendation, findingIds: relinked(recommendation, link.findingIds, finding.id) });
    }
    await touchReview(db, finding.reviewId);
  });
}
