/** Shows reviewers which themes each sector has spoken to, and which sectors they have not yet heard from. */
import { speakerOf } from './evidence.ts';
import { SECTORS, type ReviewFile, type Sector, type Theme } from './reviewFile.ts';
import { themeTree } from './themeOrder.ts';

/** One theme's row of the coverage matrix; counts line up with CoverageMatrix.sectors. */
export interface CoverageRow {
  theme: Theme;
  depth: number;
  counts: number[];
  /** Excerpts coded to this theme whose speaker is not known: never credited to a sector. */
  unattributed: number;
  /** Distinct excerpts coded to this theme. */
  total: number;
}

/** A theme × sector grid of coded-excerpt counts, with totals and the empty cells. */
export interface CoverageMatrix {
  sectors: Sector[];
  rows: CoverageRow[];
  /** Distinct coded excerpts heard from each sector. */
  columnTotals: number[];
  /** Distinct coded excerpts whose speaker is not known. */
  unattributedTotal: number;
  /** Distinct excerpts coded to at least one theme. */
  grandTotal: number;
  /** Theme and sector pairs with no excerpt, in row then column order: whom to ask next. */
  emptyCells: Array<{ themeId: string; sector: Sector }>;
}

/**
 * The sectors in scope: those of the review's agencies, in the fixed order of SECTORS, so
 * columns never jump about as evidence arrives and a sector with no evidence still shows.
 */
export function sectorsInScope(file: Pick<ReviewFile, 'agencies'>): Sector[] {
  const present = new Set(file.agencies.map((a) => a.sector));
  return SECTORS.filter((s) => present.has(s));
}

/**
 * Counts coded excerpts by theme and the sector heard: an excerpt counts once in each of
 * its distinct themes, under the sector of its speaker (see speakerOf), or as unattributed
 * when the speaker is not known, never under every sector in the room. Counts are direct
 * (a parent theme is not credited with its children's excerpts); rows follow the theme tree.
 */
export function coverageMatrix(file: ReviewFile): CoverageMatrix {
  const sectors = sectorsInScope(file);
  const column = new Map(sectors.map((s, i) => [s, i]));
  const tree = themeTree(file.themes);
  const rowOf = new Map(tree.map(({ theme }, i) => [theme.id, i]));
  const rows: CoverageRow[] = tree.map(({ theme, depth }) => ({ theme, depth, counts: sectors.map(() => 0), unattributed: 0, total: 0 }));
  const columnTotals = sectors.map(() => 0);
  const sectorOf = new Map(file.agencies.map((a) => [a.id, a.sector]));
  const engagementById = new Map(file.engagements.map((e) => [e.id, e]));
  let unattributedTotal = 0;
  let grandTotal = 0;
  for (const excerpt of file.excerpts) {
    const themeRows = new Set<number>();
    for (const themeId of excerpt.themeIds) {
      const row = rowOf.get(themeId);
      if (row !== undefined) themeRows.add(row);
    }
    if (themeRows.size === 0) continue;
    grandTotal += 1;
    const speaker = speakerOf(excerpt, engagementById.get(excerpt.engagementId));
    const sector = speaker === undefined ? undefined : sectorOf.get(speaker);
    const c = sector === undefined ? undefined : column.get(sector);
    if (c === undefined) unattributedTotal += 1;
    else columnTotals[c]! += 1;
    for (const r of themeRows) {
      const row = rows[r]!;
      row.total += 1;
      if (c === undefined) row.unattributed += 1;
      else row.counts[c]! += 1;
    }
  }
  const emptyCells = rows.flatMap((row) => sectors.flatMap((sector, c) => (row.counts[c] === 0 ? [{ themeId: row.theme.id, sector }] : [])));
  return { sectors, rows, columnTotals, unattributedTotal, grandTotal, emptyCells };
}
