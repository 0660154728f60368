/** Writes to the agencies in a review's scope. */
import { agencySchema, type Agency } from '../domain/reviewFile.ts';
import { newId } from '../domain/ids.ts';
import type { LocalReviewDb, Row } from './database.ts';
import { BlockedChangeError, getRow, nextSeq, touchReview } from './writes.ts';
import { plural } from '../domain/words/index.ts';

export async function addAgencies(db: LocalReviewDb, reviewId: string, inputs: Omit<Agency, 'id'>[]): Promise<string[]> {
  const agencies = inputs.map((input) => agencySchema.parse({ ...input, id: newId() }));
  return db.transaction('rw', db.reviews, db.agencies, async () => {
    const seq = await nextSeq(db.agencies, reviewId);
    await db.agencies.bulkAdd(agencies.map((a, i) => ({ ...a, reviewId, seq: seq + i })));
    await touchReview(db, reviewId);
    return agencies.map((a) => a.id);
  });
}

export async function updateAgency(db: LocalReviewDb, agency: Agency): Promise<void> {
  const valid = agencySchema.parse(agency);
  await db.transaction('rw', db.reviews, db.agencies, async () => {
    const row = await getRow(db.agencies, valid.id, 'agency');
    await db.agencies.put({ ...row, ...valid });
    await touchReview(db, row.reviewId);
  });
}

/** Counts what still refers to an agency, so removal can be refused in plain words. */
async function usesOfAgency(db: LocalReviewDb, row: Row<Agency>): Promise<number> {
  const [engagements, leads, partners, actions] = await Promise.all([
    db.engagements.where('agencyIds').equals(row.id).count(),
    db.recommendations.where('leadAgencyId').equals(row.id).count(),
    db.recommendations.where('reviewId').equals(row.reviewId).filter((r) => r.partnerAgencyIds.includes(row.id)).count(),
    db.actions.where('ownerAgencyId').equals(row.id).count(),
  ]);
  return engagements + leads + partners + actions;
}

/** Removes an unused agency; returns its row so the removal can be undone. */
export async function removeAgency(db: LocalReviewDb, agencyId: string): Promise<Row<Agency>> {
  return db.transaction('rw', [db.reviews, db.agencies, db.engagements, db.recommendations, db.actions], async () => {
    const row = await getRow(db.agencies, agencyId, 'agency');
    const uses = await usesOfAgency(db, row);
    if (uses > 0) throw new BlockedChangeError(`${row.name} is used ${plural(uses, 'time')} in this review, so it cannot be removed.`);
    await db.agencies.delete(agencyId);
    await touchReview(db, row.reviewId);
    return row;
  });
}

/** Puts a removed agency back (undo). */
export async function restoreAgency(db: LocalReviewDb, row: Row<Agency>): Promise<void> {
  await db.transaction('rw', db.reviews, db.agencies, async () => {
    await db.agencies.add(row);
    await touchReview(db, row.reviewId);
  });
}
