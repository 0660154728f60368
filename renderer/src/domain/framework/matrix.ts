/**
 * The roll-up across areas: themes matched by name (reviews from different templates
 * name their themes differently, so a theme is "shared" only when every included review
 * has one of that name; the rest are shown apart), and a themes × areas matrix of gaps,
 * barriers and good practice.
 */
import type { FINDING_KINDS } from '../reviewFile.ts';
import type { FrameworkFile, ReviewSnapshot, SnapshotFinding } from './schema.ts';

type FindingKind = (typeof FINDING_KINDS)[number];

/** The key a theme is matched on: its name, ignoring case and spacing. */
export function themeKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export interface MatrixCell {
  gaps: number;
  barriers: number;
  goodPractice: number;
  /** Communication issues and other issues. */
  other: number;
}

export interface MatrixRow {
  /** The theme's name as the first review that has it spells it. */
  theme: string;
  key: string;
  /** True when every included review has a theme of this name. */
  shared: boolean;
  /** One per area, in the order of the reviews; null where that review has no theme of this name. */
  cells: Array<MatrixCell | null>;
}

export interface FrameworkMatrix {
  areas: Array<{ reviewId: string; area: string }>;
  /** Shared themes first, then those only some reviews have. */
  rows: MatrixRow[];
}

const EMPTY = (): MatrixCell => ({ gaps: 0, barriers: 0, goodPractice: 0, other: 0 });

function add(cell: MatrixCell, kind: FindingKind): void {
  if (kind === 'gap') cell.gaps += 1;
  else if (kind === 'barrier') cell.barriers += 1;
  else if (kind === 'good-practice') cell.goodPractice += 1;
  else cell.other += 1;
}

/** A review's themes in its own order: top-level themes by order, each followed by its sub-themes. */
export function orderedThemes(review: Pick<ReviewSnapshot, 'themes'>): ReviewSnapshot['themes'] {
  const byOrder = [...review.themes].sort((a, b) => a.order - b.order);
  const top = byOrder.filter((t) => t.parentId === undefined);
  const out: ReviewSnapshot['themes'] = [];
  for (const t of top) out.push(t, ...byOrder.filter((c) => c.parentId === t.id));
  // Sub-themes whose parent is itself a sub-theme still appear, after the rest.
  for (const t of byOrder) if (!out.includes(t)) out.push(t);
  return out;
}

/** The themes × areas matrix of the included reviews. */
export function frameworkMatrix(file: Pick<FrameworkFile, 'reviews'>): FrameworkMatrix {
  const { reviews } = file;
  const rows = new Map<string, MatrixRow>();
  const present = new Map<string, Set<number>>();
  reviews.forEach((review, r) => {
    for (const theme of orderedThemes(review)) {
      const key = themeKey(theme.name);
      let row = rows.get(key);
      if (!row) {
        row = { theme: theme.name, key, shared: false, cells: reviews.map(() => null) };
        rows.set(key, row);
        present.set(key, new Set());
      }
      row.cells[r] ??= EMPTY();
      present.get(key)!.add(r);
    }
    const nameOf = new Map(review.themes.map((t) => [t.id, themeKey(t.name)]));
    for (const finding of review.findings) add(rows.get(nameOf.get(finding.themeId)!)!.cells[r]!, finding.kind);
  });
  const all = [...rows.values()];
  for (const row of all) row.shared = present.get(row.key)!.size === reviews.length;
  return {
    areas: reviews.map((r) => ({ reviewId: r.id, area: r.area })),
    rows: [...all.filter((r) => r.shared), ...all.filter((r) => !r.shared)],
  };
}

/** Words for a cell, so colour is never the only signal: "2 gaps, 1 barrier, 3 good practice". */
export function describeCell(cell: MatrixCell | null): string {
  if (!cell) return 'Not a theme of this review';
  const parts: string[] = [];
  if (cell.gaps) parts.push(`${cell.gaps} ${cell.gaps === 1 ? 'gap' : 'gaps'}`);
  if (cell.barriers) parts.push(`${cell.barriers} ${cell.barriers === 1 ? 'barrier' : 'barriers'}`);
  if (cell.goodPractice) parts.push(`${cell.goodPractice} good practice`);
  if (cell.other) parts.push(`${cell.other} other`);
  return parts.length ? parts.join(', ') : 'No findings';
}

/** How heavy a cell is for the heatmap: gaps and barriers. */
export const cellWeight = (cell: MatrixCell | null): number => (cell ? cell.gaps + cell.barriers : 0);

/** Findings of one theme (by key) and kind, area by area, for side-by-side reading. */
export function findingsAcrossAreas(file: Pick<FrameworkFile, 'reviews'>, key: string, kind: FindingKind): Array<{ review: ReviewSnapshot; findings: SnapshotFinding[] }> {
  return file.reviews.map((review) => {
    const themeIds = new Set(review.themes.filter((t) => themeKey(t.name) === key).map((t) => t.id));
    return { review, findings: review.findings.filter((f) => f.kind === kind && themeIds.has(f.themeId)) };
  });
}

/** The theme key of a finding in its review. */
export function themeKeyOfFinding(review: ReviewSnapshot, finding: Pick<SnapshotFinding, 'themeId'>): string {
  const theme = review.themes.find((t) => t.id === finding.themeId);
  return theme ? themeKey(theme.name) : '';
}

/** Reviews made from templates other than the first review's: their themes may not line up. */
export function differentTemplates(file: Pick<FrameworkFile, 'reviews'>): ReviewSnapshot[] {
  const first = file.reviews[0]?.templateId;
  return file.reviews.filter((r) => r.templateId !== first);
}
