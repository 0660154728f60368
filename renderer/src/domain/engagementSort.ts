/**
 * Sorting and filtering of the engagement timetable, and moving to the previous or next
 * engagement in the order the reviewer sees. Pure, so the timetable and the keyboard
 * shortcuts agree by construction.
 */
import { ENGAGEMENT_KIND_LABELS, type EngagementKind } from './engagementLabels.ts';
import type { Engagement } from './reviewFile.ts';

export type TimetableSortKey = 'date' | 'kind' | 'title';
export type SortDirection = 'ascending' | 'descending';

export interface TimetableSort {
  key: TimetableSortKey;
  direction: SortDirection;
}

/** Empty fields mean "all". */
export interface TimetableFilter {
  kind?: EngagementKind | undefined;
  agencyId?: string | undefined;
}

export const DEFAULT_SORT: TimetableSort = { key: 'date', direction: 'ascending' };

type Sortable = Pick<Engagement, 'id' | 'date' | 'kind' | 'title'>;

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

const byDate = (a: Sortable, b: Sortable) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
const byTitle = (a: Sortable, b: Sortable) => collator.compare(a.title.trim(), b.title.trim());
const byKind = (a: Sortable, b: Sortable) => collator.compare(ENGAGEMENT_KIND_LABELS[a.kind], ENGAGEMENT_KIND_LABELS[b.kind]);

const PRIMARY: Record<TimetableSortKey, (a: Sortable, b: Sortable) => number> = { date: byDate, kind: byKind, title: byTitle };
/** Ties fall back to date, then title, then the input order (the sort is stable). */
const TIE_BREAKS = [byDate, byTitle];

/** A sorted copy; the direction reverses the chosen column only, never the tie-breaks. */
export function sortEngagements<T extends Sortable>(items: readonly T[], sort: TimetableSort): T[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const primary = PRIMARY[sort.key];
  return [...items].sort((a, b) => {
    const first = sign * primary(a, b);
    if (first !== 0) return first;
    for (const compare of TIE_BREAKS) {
      const next = compare(a, b);
      if (next !== 0) return next;
    }
    return 0;
  });
}

/** The engagements matching every filter that is set. */
export function filterEngagements<T extends Sortable & Pick<Engagement, 'agencyIds'>>(items: readonly T[], filter: TimetableFilter): T[] {
  return items.filter((e) => (!filter.kind || e.kind === filter.kind) && (!filter.agencyId || e.agencyIds.includes(filter.agencyId)));
}

/** Filtered, then sorted: the timetable as shown. */
export function arrangeTimetable<T extends Sortable & Pick<Engagement, 'agencyIds'>>(items: readonly T[], sort: TimetableSort, filter: TimetableFilter): T[] {
  return sortEngagements(filterEngagements(items, filter), sort);
}

/** Clicking a column: the same column flips direction, another starts ascending. */
export function nextSort(current: TimetableSort, key: TimetableSortKey): TimetableSort {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/**
 * The engagement before or after `currentId` in `orderedIds`. With nothing open (or the
 * open one not listed), "next" is the first and "previous" the last. Undefined at the ends.
 */
export function neighbour(orderedIds: readonly string[], currentId: string | undefined, step: -1 | 1): string | undefined {
  const at = currentId === undefined ? -1 : orderedIds.indexOf(currentId);
  if (at === -1) return step === 1 ? orderedIds[0] : orderedIds.at(-1);
  return orderedIds[at + step];
}
