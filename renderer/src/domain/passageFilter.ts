/**
 * The evidence browser's rules: coded passages in the order they were heard, narrowed by
 * theme (with its sub-themes), kind, the agency and sector heard (the speaker's, see
 * speakerOf), whether a finding cites them yet and words they contain; and the finding a
 * selection of passages most plausibly supports.
 */
import { speakerOf } from './evidence.ts';
import { KeptPerLists } from './keptPerLists.ts';
import { FINDING_KINDS, SECTORS, type Excerpt, type ReviewFile, type Sector, type Theme } from './reviewFile.ts';
import { themeTree } from './themeOrder.ts';

export type ExcerptKind = Excerpt['kind'];
export type FindingKind = (typeof FINDING_KINDS)[number];

/** The agency or sector filter's value for passages whose speaker is not known. */
export const UNATTRIBUTED = 'unattributed';

/** A sector heard, or UNATTRIBUTED. */
export type SectorHeard = Sector | typeof UNATTRIBUTED;

/** Whether a string is a sector or UNATTRIBUTED (for values read from a link). */
export function isSectorHeard(value: string): value is SectorHeard {
  return value === UNATTRIBUTED || (SECTORS as readonly string[]).includes(value);
}

/** What the reviewer has narrowed the passages to; an absent key means "any". */
export interface PassageFilter {
  themeId?: string | undefined;
  /** The theme alone, without its sub-themes (as the coverage map counts). */
  isThemeExact?: boolean | undefined;
  kind?: ExcerptKind | undefined;
  /** The agency heard, or UNATTRIBUTED. */
  agencyId?: string | undefined;
  sector?: SectorHeard | undefined;
  /** Only passages no finding cites yet. */
  isUnused?: boolean | undefined;
  /** Words the passage contains, ignoring case and runs of spaces. */
  text?: string | undefined;
}

type PassageSource = Pick<ReviewFile, 'themes' | 'agencies' | 'engagements' | 'excerpts'> & Partial<Pick<ReviewFile, 'findings'>>;

const folded = (text: string) => text.toLocaleLowerCase('en-GB').replace(/\s+/g, ' ').trim();

/** A theme's id with the ids of all its sub-themes, at any depth. */
export function themeWithDescendants(themes: readonly Pick<Theme, 'id' | 'parentId'>[], themeId: string): Set<string> {
  const ids = new Set([themeId]);
  let grew = true;
  // Repeat until no theme joins: depth is small, and this never loops on a cycle.
  while (grew) {
    grew = false;
    for (const t of themes) {
      if (t.parentId !== undefined && ids.has(t.parentId) && !ids.has(t.id)) {
        ids.add(t.id);
        grew = true;
      }
    }
  }
  return ids;
}

/**
 * Kept per the two lists the order reads (a snapshot keeps a list's identity until a write
 * changes it): sorting 45,000 passages took tens of milliseconds, twice in every render of
 * the evidence view at 3,000 engagements.
 */
const inOrder = new KeptPerLists<readonly Excerpt[]>();

/**
 * Every coded passage in the order it was heard: by engagement date, then engagement, then
 * place in the notes. The same array while the lists are the same: treat it as read-only.
 */
export function passagesInOrder(file: Pick<ReviewFile, 'engagements' | 'excerpts'>): readonly Excerpt[] {
  return inOrder.getOrMake([file.excerpts, file.engagements], () => {
    const position = new Map(file.engagements.map((e, i) => [e.id, i]));
    const date = new Map(file.engagements.map((e) => [e.id, e.date]));
    return [...file.excerpts].sort((a, b) => {
      const byDate = (date.get(a.engagementId) ?? '').localeCompare(date.get(b.engagementId) ?? '');
      return byDate || (position.get(a.engagementId) ?? 0) - (position.get(b.engagementId) ?? 0) || a.start - b.start;
    });
  });
}

/** The passages that match every part of the filter, in the order they were heard. */
export function filterPassages(file: PassageSource, filter: PassageFilter): Excerpt[] {
  const themeIds = filter.themeId === undefined ? undefined
    : filter.isThemeExact ? new Set([filter.themeId]) : themeWithDescendants(file.themes, filter.themeId);
  const sectorOf = new Map(file.agencies.map((a) => [a.id, a.sector]));
  const engagementById = new Map(file.engagements.map((e) => [e.id, e]));
  const cited = filter.isUnused ? new Set(file.findings?.flatMap((f) => f.excerptIds)) : undefined;
  const words = filter.text === undefined ? '' : folded(filter.text);
  return passagesInOrder(file).filter((x) => {
    if (themeIds && !x.themeIds.some((id) => themeIds.has(id))) return false;
    if (filter.kind !== undefined && x.kind !== filter.kind) return false;
    if (cited?.has(x.id)) return false;
    if (words && !folded(x.text).includes(words)) return false;
    if (filter.agencyId === undefined && filter.sector === undefined) return true;
    const speaker = speakerOf(x, engagementById.get(x.engagementId));
    const sector = speaker === undefined ? undefined : sectorOf.get(speaker);
    const agency = sector === undefined ? UNATTRIBUTED : speaker;
    if (filter.agencyId !== undefined && agency !== filter.agencyId) return false;
    if (filter.sector !== undefined && (sector ?? UNATTRIBUTED) !== filter.sector) return false;
    return true;
  });
}

/** The most frequent value, ties going to the earlier one in `order`; undefined when none. */
function mostCommon<T>(values: readonly T[], order: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  for (const v of order) {
    const n = counts.get(v) ?? 0;
    if (n > 0 && (best === undefined || n > counts.get(best)!)) best = v;
  }
  return best;
}

/**
 * Sensible starting values for a finding drawn from these passages: the theme most of
 * them are coded to (ties go to the earlier theme in the framework) and their most
 * common kind. Context is background, not a finding, so it never decides the kind;
 * passages that are all context suggest an issue.
 */
export function findingDefaults(passages: readonly Pick<Excerpt, 'themeIds' | 'kind'>[], themes: readonly Theme[]): { themeId: string | undefined; kind: FindingKind } {
  const treeOrder = themeTree(themes).map(({ theme }) => theme.id);
  const themeId = mostCommon(passages.flatMap((x) => [...new Set(x.themeIds)]), treeOrder) ?? treeOrder[0];
  const kinds = passages.flatMap((x) => (x.kind === 'context' ? [] : [x.kind]));
  return { themeId, kind: mostCommon(kinds, FINDING_KINDS) ?? 'issue' };
}
