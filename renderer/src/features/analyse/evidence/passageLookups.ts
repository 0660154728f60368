/**
 * Look-ups the analyse views need to show a passage in context (its engagement, the
 * agencies and their sectors, its themes), built once per review snapshot. It is
 * also an EvidenceIndex, so strengthOfEvidence can use the same object.
 */
import { KeptPerLists } from '../../../domain/keptPerLists.ts';
import { evidenceIndex, type EvidenceIndex } from '../../../domain/evidence.ts';
import { themeTree } from '../../../domain/themeOrder.ts';
import type { Agency, ReviewFile, Theme } from '../../../domain/reviewFile.ts';

export interface PassageLookups extends EvidenceIndex {
  agencyById: ReadonlyMap<string, Agency>;
  themeById: ReadonlyMap<string, Theme>;
  /** Every theme in framework order (parents before their sub-themes). */
  themesInOrder: readonly Theme[];
}

/** Kept per the lists they read, so a write to the review alone (its stage) rebuilds none of them. */
const kept = new KeptPerLists<PassageLookups>();

export function passageLookups(file: ReviewFile): PassageLookups {
  return kept.getOrMake([file.excerpts, file.engagements, file.agencies, file.themes], () => ({
    ...evidenceIndex(file),
    agencyById: new Map(file.agencies.map((a) => [a.id, a])),
    themeById: new Map(file.themes.map((t) => [t.id, t])),
    themesInOrder: themeTree(file.themes).map(({ theme }) => theme),
  }));
}

// One formatter for every date: building one per call is slow across thousands of passages.
const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** "3 March 2026" from YYYY-MM-DD, read as a calendar date (no time zone shift). */
export function longDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return LONG_DATE.format(new Date(y!, m! - 1, d!));
}
