/**
 * The personal-data check for one review, live: re-run whenever the review or its
 * register of names changes. `scope` picks what is scanned (see domain/privacy). Undefined
 * while loading, null when the review has gone.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '../../db/index.ts';
import { readNameRegister } from '../../db/nameRegisterRepository.ts';
import { findPersonalData, findQuoteRisks, type PersonalDataHit, type PersonalDataScope, type QuoteRisk } from '../../domain/privacy/index.ts';
import type { ReviewFile } from '../../domain/reviewFile.ts';
import { useReviewFile } from '../workspace/useReviewFile.ts';

export interface PersonalDataCheck {
  file: ReviewFile;
  hits: PersonalDataHit[];
  risks: QuoteRisk[];
}

/** The review's register of names, live; undefined while loading. */
export function useNameRegister(reviewId: string): string[] | undefined {
  return useLiveQuery(() => readNameRegister(db, reviewId), [reviewId]);
}

export function usePersonalDataCheck(reviewId: string, scope: PersonalDataScope): PersonalDataCheck | null | undefined {
  const file = useReviewFile(reviewId);
  const names = useNameRegister(reviewId);
  return useMemo(() => {
    if (file === undefined || names === undefined) return undefined;
    if (file === null) return null;
    return { file, hits: findPersonalData(file, { names, scope }), risks: findQuoteRisks(file, { scope }) };
  }, [file, names, scope]);
}

/** A signature of a list of hits, so a tick of "Export anyway" lapses when the hits change. */
export function hitsSignature(hits: readonly PersonalDataHit[]): string {
  return JSON.stringify(hits.map((h) => [h.path, h.kind, h.text]));
}
