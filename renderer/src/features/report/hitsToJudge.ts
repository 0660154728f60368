/**
 * Which hits of the personal-data check an export is judged on. Only a check of the review
 * as it is now counts: while the first check or a re-check after a change is still
 * running there is none, and the export runs its own check on a fresh snapshot instead
 * (usePersonalDataGate's clear), so an early click is judged, never waved through.
 */
import type { PersonalDataHit } from '../../domain/privacy/index.ts';
import type { PersonalDataCheck } from '../privacy/usePersonalDataCheck.ts';

export type ReportExport = 'word' | 'excel';

/** The hits that the Word report or the Excel workbook would carry. */
export function carriedHits(check: Pick<PersonalDataCheck, 'hits' | 'carriersOf'>, kind: ReportExport): PersonalDataHit[] {
  return check.hits.filter((h) => check.carriersOf.get(h.path)?.includes(kind));
}

/** Which of the two documents carry a hit, e.g. "Word report, Excel workbook". */
export function carriedBy(check: Pick<PersonalDataCheck, 'carriersOf'>, hit: PersonalDataHit): string {
  const carriers = check.carriersOf.get(hit.path) ?? [];
  return [carriers.includes('word') && 'Word report', carriers.includes('excel') && 'Excel workbook'].filter(Boolean).join(', ');
}

/** All hits and those `kind` carries, from a current check; undefined when there is none to judge on. */
export function hitsToJudge(check: PersonalDataCheck | null | undefined, kind: ReportExport): { all: PersonalDataHit[]; carried: PersonalDataHit[] } | undefined {
  if (!check?.isCurrent) return undefined;
  return { all: check.hits, carried: carriedHits(check, kind) };
}
