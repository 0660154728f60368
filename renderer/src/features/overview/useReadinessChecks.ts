/**
 * The readiness checks of a snapshot, for the Overview and the Report stage. Checks kept
 * for this snapshot come at once; otherwise they are worked out a stage at a time with a
 * pause between (domain/readiness.ts), so the first look at a large review is never one
 * long task (issue 12). While a changed review's checks are worked out, the last ones
 * stay on screen; undefined only before the first are ready.
 */
import { useEffect, useMemo, useState } from 'react';
import { keptReadinessChecks, readinessChecksSteps, type ReadinessCheck } from '../../domain/readiness.ts';
import type { ReviewFile } from '../../domain/reviewFile.ts';
import { runInSlices } from '../../domain/steps.ts';

/** A pause between stages: a timeout lets the browser draw and answer input. */
const pause = () => new Promise<void>((resolve) => { setTimeout(resolve, 0); });

export function useReadinessChecks(file: ReviewFile | null | undefined, today: string): ReadinessCheck[] | undefined {
  const known = useMemo(() => (file ? keptReadinessChecks(file, today) : undefined), [file, today]);
  const [done, setDone] = useState<{ reviewId: string; checks: ReadinessCheck[] }>();
  useEffect(() => {
    if (!file || known) return undefined;
    const controller = new AbortController();
    runInSlices(readinessChecksSteps(file, today), pause, controller.signal).then(
      (checks) => { if (!controller.signal.aborted) setDone({ reviewId: file.review.id, checks }); },
      () => undefined, // aborted: a newer snapshot's checks are on their way
    );
    return () => controller.abort();
  }, [file, today, known]);
  if (!file) return undefined;
  return known ?? (done?.reviewId === file.review.id ? done.checks : undefined);
}
