/**
 * Writes to a review's peer networks (issue 15). A network is one row (its people,
 * incidents, institutions and links together), so every change is one put in one
 * transaction with the review's changed time; the content is validated by the review
 * file's own schema before it is written.
 */
import { newId, nowInstant } from '../domain/ids.ts';
import { networkSchema, type Network, type PeerNetwork } from '../domain/network/schema.ts';
import { withoutUndefined } from '../domain/reviewCopy.ts';
import type { LocalReviewDb, NetworkRow } from './database.ts';
import { ReviewNotFoundError } from './reviewFileRepository.ts';
import { touchReview } from './writes.ts';

/** What a reviewer writes about a network itself. */
export interface NetworkDetails {
  title: string;
  date?: string;
  sourceNote: string;
}

const EMPTY: PeerNetwork = { people: [], incidents: [], institutions: [], links: [] };

function validRow(reviewId: string, network: Network): NetworkRow {
  return { ...withoutUndefined(networkSchema.parse(network)), reviewId };
}

async function getNetwork(db: LocalReviewDb, networkId: string): Promise<NetworkRow> {
  const row = await db.networks.get(networkId);
  if (!row) throw new ReviewNotFoundError('That network is no longer in this review.');
  return row;
}

/** The review's networks, oldest first. */
export async function networksOf(db: LocalReviewDb, reviewId: string): Promise<NetworkRow[]> {
  const rows = await db.networks.where('reviewId').equals(reviewId).toArray();
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** Adds a network (empty, or with imported content); returns its id. */
export async function addNetwork(db: LocalReviewDb, reviewId: string, details: NetworkDetails, content: PeerNetwork = EMPTY): Promise<string> {
  const row = validRow(reviewId, { id: newId(), ...withoutUndefined(details), ...structuredClone(content), createdAt: nowInstant() });
  await db.transaction('rw', db.reviews, db.networks, async () => {
    await db.networks.add(row);
    await touchReview(db, reviewId);
  });
  return row.id;
}

/** Changes a network's title, date or source note. */
export async function updateNetworkDetails(db: LocalReviewDb, networkId: string, details: NetworkDetails): Promise<void> {
  await db.transaction('rw', db.reviews, db.networks, async () => {
    const { reviewId, title: _t, date: _d, sourceNote: _s, ...rest } = await getNetwork(db, networkId);
    await db.networks.put(validRow(reviewId, { ...rest, ...withoutUndefined(details) }));
    await touchReview(db, reviewId);
  });
}

/** Replaces a network's people, incidents, institutions and links (an import or an edit); returns the old content for Undo. */
export async function replaceNetworkContent(db: LocalReviewDb, networkId: string, content: PeerNetwork): Promise<PeerNetwork> {
  return db.transaction('rw', db.reviews, db.networks, async () => {
    const { reviewId, people, incidents, institutions, links, ...rest } = await getNetwork(db, networkId);
    await db.networks.put(validRow(reviewId, { ...rest, ...structuredClone(content) }));
    await touchReview(db, reviewId);
    return { people, incidents, institutions, links };
  });
}

/** Deletes a network; returns the row so Undo can put it back. */
export async function deleteNetwork(db: LocalReviewDb, networkId: string): Promise<NetworkRow> {
  return db.transaction('rw', db.reviews, db.networks, async () => {
    const row = await getNetwork(db, networkId);
    await db.networks.delete(networkId);
    await touchReview(db, row.reviewId);
    return row;
  });
}

/** Undo of deleteNetwork. */
export async function restoreNetwork(db: LocalReviewDb, row: NetworkRow): Promise<void> {
  await db.transaction('rw', db.reviews, db.networks, async () => {
    await db.networks.add(row);
    await touchReview(db, row.reviewId);
  });
}
