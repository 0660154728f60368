/**
 * The personal-data check for one review, live: re-run whenever the review or its
 * register of names changes. `scope` picks what is scanned (see domain/privacy). Undefined
 * while the first check runs, null when the review has gone.
 *
 * A large review's check runs in slices with a pause between them (domain/privacy/scan.ts),
 * so the screen stays responsive (issue 12). While a re-check runs after a change, the last
 * result stays on screen (nothing jumps, focus stays put) but is marked `isCurrent: false`:
 * an export must never be judged on it (see usePersonalDataGate).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { db } from '../../db/index.ts';
import { readNameRegister } from '../../db/nameRegisterRepository.ts';
import type { PersonalDataHit, PersonalDataScope, QuoteRisk } from '../../domain/privacy/index.ts';
import type { Carrier } from '../../domain/privacy/fields.ts';
import { checkPersonalData } from '../../domain/privacy/scan.ts';
import { runInSlices } from '../../domain/steps.ts';
import type { ReviewFile } from '../../domain/reviewFile.ts';
import { useReviewFile } from '../workspace/useReviewFile.ts';

export interface PersonalDataCheck {
  /** The snapshot the check ran on. */
  file: ReviewFile;
  hits: PersonalDataHit[];
  risks: QuoteRisk[];
  /** What carries each hit's field (keyed by path). */
  carriersOf: ReadonlyMap<string, readonly Carrier[]>;
  /** False while a re-check of a changed review (or register) runs: shown, never judged on. */
  isCurrent: boolean;
}

/** The review's register of names, live; undefined while loading. */
export function useNameRegister(reviewId: string): string[] | undefined {
  return useLiveQuery(() => readNameRegister(db, reviewId), [reviewId]);
}

/** A pause between slices: a timeout lets the browser draw and answer input. */
const pause = () => new Promise<void>((resolve) => { setTimeout(resolve, 0); });

interface Done {
  file: ReviewFile;
  names: string[];
  scope: PersonalDataScope;
  result: Omit<PersonalDataCheck, 'file' | 'isCurrent'>;
}

export function usePersonalDataCheck(reviewId: string, scope: PersonalDataScope): PersonalDataCheck | null | undefined {
  const file = useReviewFile(reviewId);
  const names = useNameRegister(reviewId);
  const [done, setDone] = useState<Done | undefined>(undefined);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  useEffect(() => {
    if (!file || names === undefined) return undefined;
    const controller = new AbortController();
    runInSlices(checkPersonalData(file, { names, scope }), pause, controller.signal).then(
      (result) => { if (!controller.signal.aborted) setDone({ file, names, scope, result }); },
      (error: unknown) => { if (!controller.signal.aborted) setFailure({ error }); },
    );
    return () => controller.abort();
  }, [file, names, scope]);
  const check = useMemo(() => {
    if (file === undefined || names === undefined) return undefined;
    if (file === null) return null;
    if (!done || done.file.review.id !== file.review.id) return undefined;
    return { ...done.result, file: done.file, isCurrent: done.file === file && done.names === names && done.scope === scope };
  }, [done, file, names, scope]);
  // A failed check is thrown during render, so the screen's error boundary shows it.
  if (failure) throw failure.error;
  return check;
}

/** A signature of a list of hits, so a tick of "Export anyway" lapses when the hits change. */
export function hitsSignature(hits: readonly PersonalDataHit[]): string {
  return JSON.stringify(hits.map((h) => [h.path, h.kind, h.text]));
}
