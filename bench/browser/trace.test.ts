import { describe, expect, it } from 'vitest';
import { mainThreadTasks, type TraceEvent } from './trace.ts';

const origin = 'http://127.0.0.1:4391';
const meta = (pid: number, tid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', pid, tid, ts: 0, args: { name } });
const x = (name: string, pid: number, tid: number, ts: number, dur: number, args?: TraceEvent['args']): TraceEvent => ({ name, ph: 'X', pid, tid, ts, dur, ...(args && { args }) });

describe('mainThreadTasks', () => {
  const events: TraceEvent[] = [
    { name: 'TracingStartedInBrowser', ph: 'I', pid: 1, tid: 1, ts: 0, args: { data: { frames: [{ processId: 7, url: `${origin}/#/reviews`, isOutermostMainFrame: true }] } } },
    meta(7, 70, 'CrRendererMain'), meta(7, 71, 'Compositor'), meta(8, 80, 'CrRendererMain'),
    x('RunTask', 7, 70, 100, 60_000),
    x('EventDispatch', 7, 70, 110, 40_000, { data: { type: 'keydown' } }),
    x('FunctionCall', 7, 70, 115, 30_000, { data: { functionName: 'onKey' } }),
    x('Layout', 7, 70, 50_200, 9_000),
    x('RunTask', 7, 70, 70_000, 5_000),
    x('RunTask', 7, 71, 0, 900_000), // the page's compositor thread: not the main thread
    x('RunTask', 8, 80, 0, 900_000), // another renderer
  ];

  it('lists the page’s main-thread tasks, longest first, with what ran directly inside', () => {
    expect(mainThreadTasks(events, origin)).toEqual([
      { ts: 100, ms: 60, inside: [{ name: 'EventDispatch (keydown)', ms: 40 }, { name: 'Layout', ms: 9 }] },
      { ts: 70_000, ms: 5, inside: [] },
    ]);
  });

  it('says so when the trace does not show the page', () => {
    expect(mainThreadTasks(events, 'http://127.0.0.1:1')).toBeUndefined();
  });
});
