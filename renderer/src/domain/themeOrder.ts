/** Ordering rules for the theme framework: themes are ordered among their siblings. */

interface Orderable {
  id: string;
  parentId?: string | undefined;
  order: number;
}

/** Siblings of the same parent, in display order. */
export function siblingsOf<T extends Orderable>(themes: readonly T[], parentId: string | undefined): T[] {
  return themes.filter((t) => t.parentId === parentId).sort((a, b) => a.order - b.order);
}

/**
 * Moves one theme up (-1) or down (+1) among its siblings and renumbers them 0..n-1.
 * Returns only the themes whose order changed (empty when the move is not possible).
 */
export function moveSibling<T extends Orderable>(themes: readonly T[], id: string, direction: -1 | 1): Array<{ id: string; order: number }> {
  const theme = themes.find((t) => t.id === id);
  if (!theme) return [];
  const siblings = siblingsOf(themes, theme.parentId);
  const from = siblings.findIndex((t) => t.id === id);
  const to = from + direction;
  if (to < 0 || to >= siblings.length) return [];
  const reordered = [...siblings];
  [reordered[from], reordered[to]] = [reordered[to]!, reordered[from]!];
  return reordered.map((t, order) => ({ id: t.id, order })).filter(({ id: tid, order }) => siblings.find((s) => s.id === tid)!.order !== order);
}

/** Themes as a depth-first list (parents before children), each with its depth. */
export function themeTree<T extends Orderable>(themes: readonly T[]): Array<{ theme: T; depth: number }> {
  const out: Array<{ theme: T; depth: number }> = [];
  const walk = (parentId: string | undefined, depth: number) => {
    for (const theme of siblingsOf(themes, parentId)) {
      out.push({ theme, depth });
      walk(theme.id, depth + 1);
    }
  };
  walk(undefined, 0);
  return out;
}
