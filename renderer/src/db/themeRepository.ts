/** Writes to the theme framework of a review: add, edit, reorder, remove. */
import { themeSchema, type Theme } from '../domain/reviewFile.ts';
import { newId } from '../domain/ids.ts';
import { moveSibling } from '../domain/themeOrder.ts';
import type { LocalReviewDb, Row } from './database.ts';
import { BlockedChangeError, getRow, nextSeq, touchReview } from './writes.ts';
import { noun, plural } from '../domain/words/index.ts';

export interface NewTheme {
  name: string;
  description?: string;
  /** Another new theme's `ref` or an existing theme's id. */
  parent?: string;
  /** A caller's handle so children in the same batch can name this theme as parent. */
  ref?: string;
}

/** Adds themes (with parents, possibly from the same batch) at the end of their siblings. */
export async function addThemes(db: LocalReviewDb, reviewId: string, inputs: NewTheme[]): Promise<string[]> {
  return db.transaction('rw', db.reviews, db.themes, async () => {
    const existing = await db.themes.where('reviewId').equals(reviewId).toArray();
    const ids = new Map<string, string>();
    const rows: Row<Theme>[] = [];
    let seq = await nextSeq(db.themes, reviewId);
    for (const input of inputs) {
      const id = newId();
      if (input.ref) ids.set(input.ref, id);
      const parentId = input.parent ? (ids.get(input.parent) ?? input.parent) : undefined;
      const siblings = [...existing, ...rows].filter((t) => t.parentId === parentId);
      const order = siblings.reduce((max, t) => Math.max(max, t.order), -1) + 1;
      const theme = themeSchema.parse({ id, name: input.name, order, ...(input.description && { description: input.description }), ...(parentId && { parentId }) });
      rows.push({ ...theme, reviewId, seq: seq++ });
    }
    const known = new Set([...existing, ...rows].map((t) => t.id));
    const orphan = rows.find((t) => t.parentId !== undefined && !known.has(t.parentId));
    if (orphan) throw new BlockedChangeError(`The parent of “${orphan.name}” is not in this review.`);
    await db.themes.bulkAdd(rows);
    await touchReview(db, reviewId);
    return rows.map((t) => t.id);
  });
}

export async function updateTheme(db: LocalReviewDb, theme: Pick<Theme, 'id' | 'name' | 'description'>): Promise<void> {
  await db.transaction('rw', db.reviews, db.themes, async () => {
    const row = await getRow(db.themes, theme.id, 'theme');
    const { description: _old, reviewId: _r, seq: _s, ...rest } = row;
    const next = themeSchema.parse({ ...rest, name: theme.name, ...(theme.description && { description: theme.description }) });
    await db.themes.put({ ...next, reviewId: row.reviewId, seq: row.seq });
    await touchReview(db, row.reviewId);
  });
}

/** Moves a theme one place up or down among its siblings (same parent). */
export async function moveTheme(db: LocalReviewDb, themeId: string, direction: -1 | 1): Promise<void> {
  await db.transaction('rw', db.reviews, db.themes, async () => {
    const row = await getRow(db.themes, themeId, 'theme');
    const all = await db.themes.where('reviewId').equals(row.reviewId).toArray();
    const changed = moveSibling(all, themeId, direction);
    if (changed.length === 0) return;
    await db.themes.bulkPut(all.filter((t) => changed.some((c) => c.id === t.id)).map((t) => ({ ...t, order: changed.find((c) => c.id === t.id)!.order })));
    await touchReview(db, row.reviewId);
  });
}

/** Removes a theme with no sub-themes and no coded evidence; returns the row for undo. */
export async function removeTheme(db: LocalReviewDb, themeId: string): Promise<Row<Theme>> {
  return db.transaction('rw', [db.reviews, db.themes, db.excerpts, db.findings], async () => {
    const row = await getRow(db.themes, themeId, 'theme');
    const children = await db.themes.where('parentId').equals(themeId).count();
    if (children > 0) throw new BlockedChangeError(`“${row.name}” has sub-themes; move or remove them first.`);
    const uses = (await db.excerpts.where('themeIds').equals(themeId).count()) + (await db.findings.where('themeId').equals(themeId).count());
    if (uses > 0) throw new BlockedChangeError(`“${row.name}” is used by ${plural(uses, 'coded passage')} or ${noun(uses, 'finding')}.`);
    await db.themes.delete(themeId);
    await touchReview(db, row.reviewId);
    return row;
  });
}

/** Puts a removed theme back (undo); refused in plain words when its parent theme has been removed since. */
export async function restoreTheme(db: LocalReviewDb, row: Row<Theme>): Promise<void> {
  await db.transaction('rw', db.reviews, db.themes, async () => {
    if (row.parentId !== undefined && (await db.themes.get(row.parentId))?.reviewId !== row.reviewId) {
      throw new BlockedChangeError(`The theme “${row.name}” sat under a theme that has been removed since, so it cannot be put back.`);
    }
    await db.themes.add(row);
    await touchReview(db, row.reviewId);
  });
}
