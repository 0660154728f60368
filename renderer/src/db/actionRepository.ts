/**
 * Writes to a review's action plan: the actions under each recommendation and their
 * dated updates. An action's updates live inside its row (as in the review file), kept
 * in date order with the newest last, and its status follows its newest update.
 */
import { newId } from '../domain/ids.ts';
import { withoutUndefined } from '../domain/reviewCopy.ts';
import { actionSchema, actionUpdateSchema, type Action, type ActionUpdate } from '../domain/reviewFile.ts';
import type { LocalReviewDb, Row } from './database.ts';
import { BlockedChangeError, getRow, nextSeq, touchReview } from './writes.ts';

/** What a reviewer sets on an action; its recommendation and updates are managed apart. */
export type ActionDetails = Omit<Action, 'id' | 'recommendationId' | 'updates'>;

/** What removing an update took away, so Undo can put it back where it was. */
export interface RemovedActionUpdate {
  actionId: string;
  reviewId: string;
  index: number;
  update: ActionUpdate;
  /** The action's status before the removal, and the status the removal left. */
  statusBefore: Action['status'];
  statusAfter: Action['status'];
}

/** Refuses a recommendation or an owner agency that is not part of this review. */
async function checkReferences(db: LocalReviewDb, reviewId: string, recommendationId: string, ownerAgencyId: string): Promise<void> {
  const recommendation = await db.recommendations.get(recommendationId);
  if (recommendation?.reviewId !== reviewId) throw new BlockedChangeError('That recommendation is no longer in this review, so no action can be recorded against it.');
  const agency = await db.agencies.get(ownerAgencyId);
  if (agency?.reviewId !== reviewId) throw new BlockedChangeError('The owner chosen for this action is no longer one of the agencies in scope.');
}

const TABLES = (db: LocalReviewDb) => [db.reviews, db.recommendations, db.agencies, db.actions];

/** Adds an action (no updates yet) at the end of the plan; returns its id. */
export async function addAction(db: LocalReviewDb, reviewId: string, recommendationId: string, details: ActionDetails): Promise<string> {
  const action = withoutUndefined(actionSchema.parse({ ...details, id: newId(), recommendationId, updates: [] }));
  return db.transaction('rw', TABLES(db), async () => {
    await checkReferences(db, reviewId, action.recommendationId, action.ownerAgencyId);
    await db.actions.add({ ...action, reviewId, seq: await nextSeq(db.actions, reviewId) });
    await touchReview(db, reviewId);
    return action.id;
  });
}

/** Changes an action's description, owner, due date (absent clears it) and status; its updates stay. */
export async function updateAction(db: LocalReviewDb, actionId: string, details: ActionDetails): Promise<void> {
  await db.transaction('rw', TABLES(db), async () => {
    const { reviewId, seq, ...row } = await getRow(db.actions, actionId, 'action');
    const next = withoutUndefined(actionSchema.parse({ ...details, id: row.id, recommendationId: row.recommendationId, updates: row.updates }));
    await checkReferences(db, reviewId, next.recommendationId, next.ownerAgencyId);
    await db.actions.put({ ...next, reviewId, seq });
    await touchReview(db, reviewId);
  });
}

/** Deletes an action with its updates; returns the row exactly, for restoreAction. */
export async function deleteAction(db: LocalReviewDb, actionId: string): Promise<Row<Action>> {
  return db.transaction('rw', [db.reviews, db.actions], async () => {
    const row = await getRow(db.actions, actionId, 'action');
    await db.actions.delete(actionId);
    await touchReview(db, row.reviewId);
    return row;
  });
}

/** Undoes deleteAction; refused when its recommendation or owner has been removed since. */
export async function restoreAction(db: LocalReviewDb, row: Row<Action>): Promise<void> {
  await db.transaction('rw', TABLES(db), async () => {
    await checkReferences(db, row.reviewId, row.recommendationId, row.ownerAgencyId);
    await db.actions.add(row);
    await touchReview(db, row.reviewId);
  });
}

/** Where an update dated `date` goes: after every update on or before that date. */
function placeFor(updates: readonly ActionUpdate[], date: string): number {
  const later = updates.findIndex((u) => u.date > date);
  return later === -1 ? updates.length : later;
}

/**
 * Records a dated update. It joins the history in date order (usually at the end; a
 * back-dated one goes before later ones), and the action's status becomes the status of
 * its newest update — the new one, unless it was back-dated behind another.
 */
export async function addActionUpdate(db: LocalReviewDb, actionId: string, update: ActionUpdate): Promise<void> {
  const valid = actionUpdateSchema.parse(update);
  await db.transaction('rw', [db.reviews, db.actions], async () => {
    const row = await getRow(db.actions, actionId, 'action');
    const updates = [...row.updates];
    updates.splice(placeFor(updates, valid.date), 0, valid);
    await db.actions.put({ ...row, updates, status: updates[updates.length - 1]!.status });
    await touchReview(db, row.reviewId);
  });
}

const sameUpdate = (a: ActionUpdate | undefined, b: ActionUpdate) => a?.date === b.date && a.note === b.note && a.status === b.status;

/**
 * Removes the update at `index` (refused if it is no longer `expected`, i.e. the history
 * changed under the reviewer). Removing the newest update returns the action to the
 * status of the one before it; removing the only update leaves the status as it is.
 */
export async function removeActionUpdate(db: LocalReviewDb, actionId: string, index: number, expected: ActionUpdate): Promise<RemovedActionUpdate> {
  return db.transaction('rw', [db.reviews, db.actions], async () => {
    const row = await getRow(db.actions, actionId, 'action');
    if (!sameUpdate(row.updates[index], expected)) throw new BlockedChangeError('That update has changed since it was shown, so it was not removed. Try again.');
    const updates = row.updates.filter((_, i) => i !== index);
    const status = index === row.updates.length - 1 && updates.length > 0 ? updates[updates.length - 1]!.status : row.status;
    await db.actions.put({ ...row, updates, status });
    await touchReview(db, row.reviewId);
    return { actionId, reviewId: row.reviewId, index, update: row.updates[index]!, statusBefore: row.status, statusAfter: status };
  });
}

/**
 * Undoes removeActionUpdate: the update goes back at its old place (or, if the history
 * has changed since, where its date puts it), and the status goes back to what it was
 * unless it has been changed since.
 */
export async function restoreActionUpdate(db: LocalReviewDb, removed: RemovedActionUpdate): Promise<void> {
  await db.transaction('rw', [db.reviews, db.actions], async () => {
    const row = await db.actions.get(removed.actionId);
    if (!row) throw new BlockedChangeError('That action has been deleted since, so its update cannot be put back.');
    const updates = [...row.updates];
    const { index, update } = removed;
    const fits = index <= updates.length && (updates[index - 1]?.date ?? '') <= update.date && update.date <= (updates[index]?.date ?? '9999-12-31');
    updates.splice(fits ? index : placeFor(updates, update.date), 0, update);
    const status = row.status === removed.statusAfter ? removed.statusBefore : row.status;
    await db.actions.put({ ...row, updates, status });
    await touchReview(db, row.reviewId);
  });
}
