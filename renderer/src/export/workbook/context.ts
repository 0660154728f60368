/** Look-ups every sheet needs, built once per workbook so each sheet is linear in its rows. */
import { SECTORS, type Engagement, type Finding, type Recommendation, type ReviewFile, type Sector, type Theme } from '../../domain/reviewFile.ts';
import { themeTree } from '../../domain/themeOrder.ts';

export interface WorkbookContext {
  file: ReviewFile;
  /** YYYY-MM-DD: the day the workbook is built, for overdue flags. */
  today: string;
  agencyName: ReadonlyMap<string, string>;
  themeName: ReadonlyMap<string, string>;
  /** Themes depth first, parents before children. */
  themeRows: ReadonlyArray<{ theme: Theme; depth: number }>;
  /** Each engagement's distinct sectors, in the fixed order of SECTORS. */
  sectorsOf: ReadonlyMap<string, Sector[]>;
  engagementById: ReadonlyMap<string, Engagement>;
  /** Engagements by date, ties in file order. */
  engagements: readonly Engagement[];
  /** Findings in theme order, then their own order; their refs F1, F2… follow this order. */
  findings: readonly Finding[];
  findingRef: ReadonlyMap<string, string>;
  /** Recommendations by number. */
  recommendations: readonly Recommendation[];
  recommendationNumber: ReadonlyMap<string, number>;
  /** Numbers of the recommendations that answer each finding, ascending. */
  answeredBy: ReadonlyMap<string, number[]>;
  /** Refs of the findings that cite each passage. */
  citedBy: ReadonlyMap<string, string[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function workbookContext(file: ReviewFile, today: string): WorkbookContext {
  const agencyName = new Map(file.agencies.map((a) => [a.id, a.name]));
  const sectorOf = new Map(file.agencies.map((a) => [a.id, a.sector]));
  const themeRows = themeTree(file.themes);
  const themePosition = new Map(themeRows.map(({ theme }, i) => [theme.id, i]));
  const sectorsOf = new Map(file.engagements.map((e) => {
    const present = new Set(e.agencyIds.map((id) => sectorOf.get(id)));
    return [e.id, SECTORS.filter((s) => present.has(s))];
  }));
  const engagements = file.engagements.map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i))
    .map(({ e }) => e);
  const findings = file.findings.map((f, i) => ({ f, i, theme: themePosition.get(f.themeId) ?? Number.MAX_SAFE_INTEGER }))
    .sort((a, b) => a.theme - b.theme || a.f.order - b.f.order || a.i - b.i)
    .map(({ f }) => f);
  const findingRef = new Map(findings.map((f, i) => [f.id, `F${i + 1}`]));
  const recommendations = [...file.recommendations].sort((a, b) => a.number - b.number);
  const answeredBy = new Map<string, number[]>();
  for (const r of recommendations) for (const findingId of new Set(r.findingIds)) push(answeredBy, findingId, r.number);
  const citedBy = new Map<string, string[]>();
  for (const f of findings) for (const excerptId of new Set(f.excerptIds)) push(citedBy, excerptId, findingRef.get(f.id)!);
  return {
    file,
    today,
    agencyName,
    themeName: new Map(file.themes.map((t) => [t.id, t.name])),
    themeRows,
    sectorsOf,
    engagementById: new Map(file.engagements.map((e) => [e.id, e])),
    engagements,
    findings,
    findingRef,
    recommendations,
    recommendationNumber: new Map(recommendations.map((r) => [r.id, r.number])),
    answeredBy,
    citedBy,
  };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A YYYY-MM-DD date in words, "3 March 2026", for dates inside text. */
export function dateInWords(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
}

/** A YYYY-MM-DD date as a real date for a cell: midnight UTC, which is how Excel counts days. */
export function cellDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}
