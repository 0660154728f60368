/**
 * Writes to a review's recommendations: add, edit, reorder, and deletion with undo.
 * Reports cite recommendations by number, so every write keeps the numbers running
 * 1..n without gaps (domain/numbering.ts); and an action cannot outlive its
 * recommendation, so deleting one takes its actions with it.
 */
import { newId } from '../domain/ids.ts';
import { moveRecommendation as moved, nextNumber, renumber } from '../domain/numbering.ts';
import { withoutUndefined } from '../domain/reviewCopy.ts';
import { recommendationSchema, type Action, type Recommendation } from '../domain/reviewFile.ts';
import type { LocalReviewDb, Row } from './database.ts';
import { BlockedChangeError, getRow, nextSeq, touchReview } from './writes.ts';

/** Everything about a recommendation except its id and its number (which the order gives). */
export type RecommendationDetails = Omit<Recommendation, 'id' | 'number'>;

/** What deleting a recommendation removed, so Undo can put every piece back as it was. */
export interface DeletedRecommendation {
  /** The row as it was, with its number before the delete. */
  recommendation: Row<Recommendation>;
  /** Its actions, with their updates. */
  actions: Row<Action>[];
}

/** Refuses findings and agencies outside the review, and a lead agency that is also a partner. */
async function checkReferences(db: LocalReviewDb, reviewId: string, details: RecommendationDetails): Promise<void> {
  const findings = await db.findings.bulkGet(details.findingIds);
  if (findings.some((f) => f?.reviewId !== reviewId)) throw new BlockedChangeError('A finding chosen for this recommendation is no longer in this review.');
  const lead = await db.agencies.get(details.leadAgencyId);
  if (lead?.reviewId !== reviewId) throw new BlockedChangeError('The lead agency chosen for this recommendation is no longer in scope.');
  const partners = await db.agencies.bulkGet(details.partnerAgencyIds);
  if (partners.some((a) => a?.reviewId !== reviewId)) throw new BlockedChangeError('A partner agency chosen for this recommendation is no longer in scope.');
  if (details.partnerAgencyIds.includes(details.leadAgencyId)) throw new BlockedChangeError(`${lead.name} leads this recommendation, so it cannot also be a partner.`);
}

/** The details, checked against the schema, with repeated ids dropped and blanks left out. */
function validDetails(details: RecommendationDetails, id: string, number: number): Recommendation {
  return withoutUndefined(recommendationSchema.parse({
    ...details,
    findingIds: [...new Set(details.findingIds)],
    partnerAgencyIds: [...new Set(details.partnerAgencyIds)],
    id,
    number,
  }));
}

async function recommendationsOf(db: LocalReviewDb, reviewId: string): Promise<Row<Recommendation>[]> {
  return db.recommendations.where('reviewId').equals(reviewId).toArray();
}

/** Writes the new numbers of those whose number changed. */
async function putNumbers(db: LocalReviewDb, before: readonly Row<Recommendation>[], after: readonly Row<Recommendation>[]): Promise<number> {
  const old = new Map(before.map((r) => [r.id, r.number]));
  const changed = after.filter((r) => old.get(r.id) !== r.number);
  await db.recommendations.bulkPut(changed);
  return changed.length;
}

/** Adds a recommendation numbered after the last one; returns its id. */
export async function addRecommendation(db: LocalReviewDb, reviewId: string, details: RecommendationDetails): Promise<string> {
  return db.transaction('rw', [db.reviews, db.findings, db.agencies, db.recommendations], async () => {
    const existing = await recommendationsOf(db, reviewId);
    const recommendation = validDetails(details, newId(), nextNumber(existing));
    await checkReferences(db, reviewId, recommendation);
    await db.recommendations.add({ ...recommendation, reviewId, seq: await nextSeq(db.recommendations, reviewId) });
    await touchReview(db, reviewId);
    return recommendation.id;
  });
}

/** Changes a recommendation's details; its number and its actions stay as they are. */
export async function updateRecommendation(db: LocalReviewDb, recommendationId: string, details: RecommendationDetails): Promise<void> {
  await db.transaction('rw', [db.reviews, db.findings, db.agencies, db.recommendations], async () => {
    const row = await getRow(db.recommendations, recommendationId, 'recommendation');
    const next = validDetails(details, row.id, row.number);
    await checkReferences(db, row.reviewId, next);
    await db.recommendations.put({ ...next, reviewId: row.reviewId, seq: row.seq });
    await touchReview(db, row.reviewId);
  });
}

/** Swaps a recommendation with its neighbour up (-1) or down (+1); nothing changes at either end. */
export async function moveRecommendation(db: LocalReviewDb, recommendationId: string, direction: -1 | 1): Promise<void> {
  await db.transaction('rw', [db.reviews, db.recommendations], async () => {
    const row = await getRow(db.recommendations, recommendationId, 'recommendation');
    const all = await recommendationsOf(db, row.reviewId);
    if (await putNumbers(db, all, moved(all, recommendationId, direction)) > 0) await touchReview(db, row.reviewId);
  });
}

/**
 * Deletes a recommendation. Keeps consistent, in one transaction: the recommendation, its
 * actions (which cannot stand without it) and the numbers of the rest, closed up to 1..n.
 * Returns what it removed, for restoreRecommendation.
 */
export async function deleteRecommendation(db: LocalReviewDb, recommendationId: string): Promise<DeletedRecommendation> {
  return db.transaction('rw', [db.reviews, db.recommendations, db.actions], async () => {
    const recommendation = await getRow(db.recommendations, recommendationId, 'recommendation');
    const actions = (await db.actions.where('recommendationId').equals(recommendationId).toArray()).sort((a, b) => a.seq - b.seq);
    await db.actions.bulkDelete(actions.map((a) => a.id));
    await db.recommendations.delete(recommendationId);
    const rest = await recommendationsOf(db, recommendation.reviewId);
    await putNumbers(db, rest, renumber(rest, []));
    await touchReview(db, recommendation.reviewId);
    return { recommendation, actions };
  });
}

/**
 * Undoes deleteRecommendation in one transaction: the recommendation goes back at its old
 * number (the ones after it move down one again, as they were), with its actions exactly
 * as they were. Findings deleted since are left out of what it answers; an agency removed
 * from scope since refuses the restore in plain words.
 */
export async function restoreRecommendation(db: LocalReviewDb, deleted: DeletedRecommendation): Promise<void> {
  const { recommendation, actions } = deleted;
  const { reviewId } = recommendation;
  await db.transaction('rw', [db.reviews, db.findings, db.agencies, db.recommendations, db.actions], async () => {
    const findings = await db.findings.bulkGet(recommendation.findingIds);
    const findingIds = recommendation.findingIds.filter((_, i) => findings[i]?.reviewId === reviewId);
    const agencyIds = [recommendation.leadAgencyId, ...recommendation.partnerAgencyIds, ...actions.map((a) => a.ownerAgencyId)];
    if ((await db.agencies.bulkGet(agencyIds)).some((a) => a?.reviewId !== reviewId)) {
      throw new BlockedChangeError('An agency this recommendation or its actions named has been removed from scope since, so it cannot be put back.');
    }
    const rest = (await recommendationsOf(db, reviewId)).sort((a, b) => a.number - b.number);
    const order = rest.map((r) => r.id);
    order.splice(recommendation.number - 1, 0, recommendation.id);
    const restored = { ...recommendation, findingIds };
    const renumbered = renumber([...rest, restored], order);
    await db.recommendations.add(renumbered.find((r) => r.id === recommendation.id)!);
    await putNumbers(db, rest, renumbered.filter((r) => r.id !== recommendation.id));
    await db.actions.bulkAdd(actions);
    await touchReview(db, reviewId);
  });
}
