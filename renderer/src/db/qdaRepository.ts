/** Writes for exchanging with QDA programs: a codebook's themes added to a review, and their Undo. */
import type { Theme } from '../domain/reviewFile.ts';
import type { LocalReviewDb } from './database.ts';
import { addThemes } from './themeRepository.ts';
import { BlockedChangeError, touchReview } from './writes.ts';

/** Adds a codebook's themes (nesting kept) after the review's own; returns the new ids. */
export function addCodebookThemes(db: LocalReviewDb, reviewId: string, themes: readonly Theme[]): Promise<string[]> {
  return addThemes(db, reviewId, themes.map((t) => ({
    name: t.name, ref: t.id, ...(t.description !== undefined && { description: t.description }), ...(t.parentId !== undefined && { parent: t.parentId }),
  })));
}

/** Undo of addCodebookThemes: removes those themes in one transaction, unless something now uses them. */
export async function removeCodebookThemes(db: LocalReviewDb, reviewId: string, ids: readonly string[]): Promise<void> {
  await db.transaction('rw', [db.reviews, db.themes, db.excerpts, db.findings], async () => {
    const gone = new Set(ids);
    const used = (await db.excerpts.where('reviewId').equals(reviewId).toArray()).some((x) => x.themeIds.some((id) => gone.has(id)))
      || (await db.findings.where('reviewId').equals(reviewId).toArray()).some((f) => gone.has(f.themeId))
      || (await db.themes.where('reviewId').equals(reviewId).toArray()).some((t) => !gone.has(t.id) && t.parentId !== undefined && gone.has(t.parentId));
    if (used) throw new BlockedChangeError('Some of the imported themes are now in use, so they were kept. Remove them one by one on the Scope stage.');
    await db.themes.bulkDelete([...ids]);
    await touchReview(db, reviewId);
  });
}
