/** Recommendations are cited by number in reports, so numbers must stay unique and run 1..n without gaps. */

/** The part of a recommendation that numbering touches. */
export interface Numbered {
  id: string;
  number: number;
}

/** Recommendations in their current number order (ties keep array order). */
function byNumber<T extends Numbered>(recommendations: readonly T[]): T[] {
  return [...recommendations].sort((a, b) => a.number - b.number);
}

/**
 * Numbers the recommendations 1..n in the order of `orderedIds` and returns them in that
 * order, as new objects. Ids not listed keep their relative order after the listed ones;
 * unknown or repeated ids are ignored, so nothing is ever lost or numbered twice.
 */
export function renumber<T extends Numbered>(recommendations: readonly T[], orderedIds: readonly string[]): T[] {
  const byId = new Map(recommendations.map((r) => [r.id, r]));
  const ordered: T[] = [];
  const placed = new Set<string>();
  for (const id of orderedIds) {
    const rec = byId.get(id);
    if (rec && !placed.has(id)) {
      ordered.push(rec);
      placed.add(id);
    }
  }
  for (const rec of byNumber(recommendations)) {
    if (!placed.has(rec.id)) ordered.push(rec);
  }
  return ordered.map((rec, i) => ({ ...rec, number: i + 1 }));
}

/**
 * Swaps one recommendation with its neighbour up (-1) or down (+1) in number order and
 * returns all of them renumbered 1..n; at either end, or for an unknown id, the order is kept.
 */
export function moveRecommendation<T extends Numbered>(recommendations: readonly T[], id: string, direction: -1 | 1): T[] {
  const ids = byNumber(recommendations).map((r) => r.id);
  const from = ids.indexOf(id);
  const to = from + direction;
  if (from !== -1 && to >= 0 && to < ids.length) [ids[from], ids[to]] = [ids[to]!, ids[from]!];
  return renumber(recommendations, ids);
}

/** The number for a new recommendation: one more than the highest in use, so never a duplicate. */
export function nextNumber(recommendations: readonly Numbered[]): number {
  return recommendations.reduce((max, r) => Math.max(max, r.number), 0) + 1;
}
