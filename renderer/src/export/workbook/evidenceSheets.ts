/**
 * The sheets about what was heard: the engagements, the quotable passages, and counts of
 * every passage by theme. Only passages marked quotable appear as text; the rest are
 * counted and never shown. Notes and the review team never appear.
 */
import { attributeQuote } from '../../domain/attribution.ts';
import { ENGAGEMENT_KIND_LABELS, engagementTitle } from '../../domain/engagementLabels.ts';
import { SECTOR_LABELS } from '../../domain/labels.ts';
import { EXCERPT_KINDS, type Excerpt } from '../../domain/reviewFile.ts';
import type { CellValue } from './cellText.ts';
import { cellDate, type WorkbookContext } from './context.ts';
import { KIND_LABELS as EXCERPT_KIND_LABELS } from '../../domain/labels.ts';
import type { DataSheet } from './sheetWriter.ts';

const lines = (items: readonly string[]) => items.join('\n');

export function engagementsSheet(ctx: WorkbookContext): DataSheet {
  const coded = new Map<string, { all: number; quotable: number }>();
  for (const x of ctx.file.excerpts) {
    const count = coded.get(x.engagementId) ?? { all: 0, quotable: 0 };
    count.all += 1;
    if (x.isQuote) count.quotable += 1;
    coded.set(x.engagementId, count);
  }
  return {
    name: 'Engagements',
    table: 'tblEngagements',
    columns: [
      { header: 'Date', width: 12, kind: 'date' },
      { header: 'Kind', width: 16 },
      { header: 'Title', width: 36 },
      { header: 'Agencies', width: 40 },
      { header: 'Sectors', width: 24 },
      { header: 'Roles', width: 34 },
      { header: 'Participants', width: 13, kind: 'number' },
      { header: 'Minutes', width: 10, kind: 'number' },
      { header: 'Passages coded', width: 11, kind: 'number' },
      { header: 'Quotable passages', width: 11, kind: 'number' },
    ],
    rows: ctx.engagements.map((e): CellValue[] => [
      cellDate(e.date),
      ENGAGEMENT_KIND_LABELS[e.kind],
      engagementTitle(e),
      lines(e.agencyIds.map((id) => ctx.agencyName.get(id) ?? '')),
      lines(ctx.sectorsOf.get(e.id)!.map((s) => SECTOR_LABELS[s])),
      lines(e.roles),
      e.participantCount,
      e.durationMinutes ?? null,
      coded.get(e.id)?.all ?? 0,
      coded.get(e.id)?.quotable ?? 0,
    ]),
  };
}

/** Theme names of a passage, in the theme framework's order. */
function themesOf(ctx: WorkbookContext, excerpt: Excerpt): string {
  const ids = new Set(excerpt.themeIds);
  return lines(ctx.themeRows.filter(({ theme }) => ids.has(theme.id)).map(({ theme }) => theme.name));
}

/**
 * Quotable passages only, attributed by the one rule every export uses (see
 * domain/attribution.ts), so the Word report says the same. The engagement's date
 * and title are left out on purpose: with the Engagements sheet beside it, a date or a
 * title could point to a one-person interview and so to the person who said it.
 */
export function evidenceSheet(ctx: WorkbookContext): DataSheet {
  const order = new Map(ctx.engagements.map((e, i) => [e.id, i]));
  const lookups = { engagementById: ctx.engagementById, sectorOfAgency: new Map(ctx.file.agencies.map((a) => [a.id, a.sector])) };
  const quotable = ctx.file.excerpts
    .filter((x) => x.isQuote)
    .map((x, i) => ({ x, i }))
    .sort((a, b) => (order.get(a.x.engagementId)! - order.get(b.x.engagementId)!) || a.x.start - b.x.start || a.i - b.i)
    .map(({ x }) => x);
  return {
    name: 'Evidence',
    table: 'tblEvidence',
    columns: [
      { header: 'Quotable passage', width: 60 },
      { header: 'Attributed to', width: 30 },
      { header: 'Kind', width: 19 },
      { header: 'Themes', width: 30 },
      { header: 'Engagement kind', width: 16 },
      { header: 'Cited by findings', width: 12 },
    ],
    rows: quotable.map((x): CellValue[] => {
      const engagement = ctx.engagementById.get(x.engagementId)!;
      return [
        x.text,
        attributeQuote(x, lookups),
        EXCERPT_KIND_LABELS[x.kind],
        themesOf(ctx, x),
        ENGAGEMENT_KIND_LABELS[engagement.kind],
        (ctx.citedBy.get(x.id) ?? []).join(', '),
      ];
    }),
  };
}

/**
 * Every coded passage, quotable or not, counted by theme and kind. A passage coded to two
 * themes counts once in each; passages not yet coded to any theme have a row of their own.
 */
export function passageCountsSheet(ctx: WorkbookContext): DataSheet {
  const kindColumn = new Map(EXCERPT_KINDS.map((k, i) => [k, i]));
  const width = EXCERPT_KINDS.length + 3;
  const rowOf = new Map(ctx.themeRows.map(({ theme }, i) => [theme.id, i]));
  const counts = ctx.themeRows.map(() => new Array<number>(width).fill(0));
  const uncoded = new Array<number>(width).fill(0);
  const add = (row: number[], x: Excerpt) => {
    row[kindColumn.get(x.kind)!]! += 1;
    row[EXCERPT_KINDS.length + (x.isQuote ? 0 : 1)]! += 1;
    row[width - 1]! += 1;
  };
  for (const x of ctx.file.excerpts) {
    const rows = new Set(x.themeIds.map((id) => rowOf.get(id)).filter((r) => r !== undefined));
    if (rows.size === 0) add(uncoded, x);
    for (const r of rows) add(counts[r]!, x);
  }
  const rows: CellValue[][] = ctx.themeRows.map(({ theme }, i) => [theme.name, ...counts[i]!]);
  const indent = ctx.themeRows.map(({ depth }) => depth);
  if (uncoded[width - 1]! > 0) {
    rows.push(['Not yet coded to a theme', ...uncoded]);
    indent.push(0);
  }
  return {
    name: 'Passages by theme',
    table: 'tblPassagesByTheme',
    columns: [
      { header: 'Theme', width: 40 },
      ...EXCERPT_KINDS.map((k) => ({ header: EXCERPT_KIND_LABELS[k], width: 13, kind: 'number' as const })),
      { header: 'Quotable', width: 11, kind: 'number' },
      { header: 'Not quotable', width: 11, kind: 'number' },
      { header: 'All passages', width: 11, kind: 'number' },
    ],
    rows,
    indent,
  };
}
