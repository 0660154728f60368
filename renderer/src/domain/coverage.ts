/** Shows reviewers which themes each sector has spoken to, and which sectors they have not yet heard from. */
import { SECTORS, type ReviewFile, type Sector, type Theme } from './reviewFile.ts';
import { themeTree } from './themeOrder.ts';

/** One theme's row of the coverage matrix; counts line up with CoverageMatrix.sectors. */
export interface CoverageRow {
  theme: Theme;
  depth: number;
  counts: number[];
  /** Distinct excerpts coded to this theme, each counted once whatever its sectors. */
  total: number;
}

/** A theme × sector grid of coded-excerpt counts, with totals and the empty cells. */
export interface CoverageMatrix {
  sectors: Sector[];
  rows: CoverageRow[];
  /** Distinct coded excerpts from engagements that included each sector. */
  columnTotals: number[];
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

/** Each engagement's distinct sectors, looked up once. */
function sectorsByEngagement(file: ReviewFile): Map<string, Set<Sector>> {
  const sectorOf = new Map(file.agencies.map((a) => [a.id, a.sector]));
  const out = new Map<string, Set<Sector>>();
  for (const e of file.engagements) {
    const sectors = new Set<Sector>();
    for (const agencyId of e.agencyIds) {
      const sector = sectorOf.get(agencyId);
      if (sector !== undefined) sectors.add(sector);
    }
    out.set(e.id, sectors);
  }
  return out;
}

/**
 * Counts coded excerpts by theme and sector: an excerpt counts once in each cell of its
 * distinct themes × the distinct sectors of its engagement's agencies. Counts are direct
 * (a parent theme is not credited with its children's excerpts); rows follow the theme tree.
 */
export function coverageMatrix(file: ReviewFile): CoverageMatrix {
  const sectors = sectorsInScope(file);
  const column = new Map(sectors.map((s, i) => [s, i]));
  const tree = themeTree(file.themes);
  const rowOf = new Map(tree.map(({ theme }, i) => [theme.id, i]));
  const rows: CoverageRow[] = tree.map(({ theme, depth }) => ({ theme, depth, counts: sectors.map(() => 0), total: 0 }));
  const columnTotals = sectors.map(() => 0);
  const engagementSectors = sectorsByEngagement(file);
  let grandTotal = 0;
  for (const excerpt of file.excerpts) {
    const themeRows = new Set<number>();
    for (const themeId of excerpt.themeIds) {
      const row = rowOf.get(themeId);
      if (row !== undefined) themeRows.add(row);
    }
    if (themeRows.size === 0) continue;
    grandTotal += 1;
    const columns: number[] = [];
    for (const sector of engagementSectors.get(excerpt.engagementId) ?? []) {
      const c = column.get(sector);
      if (c !== undefined) columns.push(c);
    }
    for (const c of columns) columnTotals[c]! += 1;
    for (const r of themeRows) {
      const row = rows[r]!;
      row.total += 1;
      for (const c of columns) row.counts[c]! += 1;
    }
  }
  const emptyCells = rows.flatMap((row) => sectors.flatMap((sector, c) => (row.counts[c] === 0 ? [{ themeId: row.theme.id, sector }] : [])));
  return { sectors, rows, columnTotals, grandTotal, emptyCells };
}
