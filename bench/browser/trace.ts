/**
 * Reads a Chromium trace (devtools.timeline categories) for the tasks of one page's
 * main thread. The Long Tasks and Long Animation Frames APIs only report what lasts over
 * 50 ms; the trace has every task, so the longest one has a number even when it is short.
 */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { frames?: { processId?: number; url?: string; isOutermostMainFrame?: boolean }[]; type?: string; url?: string; functionName?: string } };
}

export interface TraceTask {
  /** Start, in the trace's clock (µs). */
  ts: number;
  ms: number;
  /** The longest pieces of work directly inside the task, longest first. */
  inside: { name: string; ms: number }[];
}

/** The renderer main thread of the page whose main frame was at `origin`. */
function mainThread(events: readonly TraceEvent[], origin: string): { pid: number; tid: number } | undefined {
  const frames = events.filter((e) => e.name === 'TracingStartedInBrowser').flatMap((e) => e.args?.data?.frames ?? []);
  const pid = frames.find((f) => f.isOutermostMainFrame !== false && f.url?.startsWith(origin))?.processId;
  const thread = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  return pid === undefined || !thread ? undefined : { pid, tid: thread.tid };
}

const label = (e: TraceEvent) => {
  const data = e.args?.data;
  const detail = data?.type ?? data?.functionName ?? (data?.url ? data.url.replace(/^.*\//, '') : undefined);
  return detail ? `${e.name} (${detail})` : e.name;
};

/**
 * The page's main-thread tasks, longest first, the first `detailed` of them with what ran
 * inside; undefined when the trace does not show the page.
 */
export function mainThreadTasks(events: readonly TraceEvent[], origin: string, detailed = 5): TraceTask[] | undefined {
  const thread = mainThread(events, origin);
  if (!thread) return undefined;
  const mine = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined);
  const tasks = mine.filter((e) => e.name === 'RunTask').sort((a, b) => b.dur! - a.dur!);
  return tasks.map((task, rank) => {
    if (rank >= detailed) return { ts: task.ts, ms: task.dur! / 1000, inside: [] };
    const end = task.ts + task.dur!;
    const inside = mine.filter((e) => e.name !== 'RunTask' && e.ts >= task.ts && e.ts + e.dur! <= end);
    // Direct children only: drop events that sit inside a longer event of the task.
    const direct = inside.filter((e) => !inside.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur! >= e.ts + e.dur! && o.dur! > e.dur!));
    return {
      ts: task.ts,
      ms: task.dur! / 1000,
      inside: direct.sort((a, b) => b.dur! - a.dur!).slice(0, 4).map((e) => ({ name: label(e), ms: e.dur! / 1000 })),
    };
  });
}
