/**
 * Long work spread over many short tasks (issue 12: no task over 200 ms). Work written as
 * a generator stops at each `yield`; a caller runs it at once (runAtOnce) or awaits a pause
 * between stops (runInSlices), so both give the same result by construction. The pause is
 * the caller's (a timeout on screen): domain code has no timers of its own.
 */

/** Runs steps to the end at once. */
export function runAtOnce<T>(steps: Iterator<void, T, undefined>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Runs steps to the end, awaiting `pause()` at each stop. Rejects with the signal's reason once aborted. */
export async function runInSlices<T>(steps: Iterator<void, T, undefined>, pause: () => Promise<void>, signal?: AbortSignal): Promise<T> {
  for (;;) {
    signal?.throwIfAborted();
    const next = steps.next();
    if (next.done) return next.value;
    await pause();
  }
}
