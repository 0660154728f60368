/**
 * Typing into a ~20,000-word note in Engage: one engagement's notes open for capture,
 * TEXT typed key by key at the end, a pause (long enough for the notes to autosave, as a
 * reviewer's pauses are), the caret moved to the middle, TEXT typed again, then a pause
 * for the last save. Everything the page does meanwhile counts: the echo of each key,
 * the crash-safe draft written on every key, the autosaves.
 *
 * Recorded: every task of the page's main thread from a Chromium trace (so the longest
 * has a number even when under 50 ms), and, from the page's own APIs, every long task,
 * every long animation frame (with the scripts in it) and every event of 16 ms or more.
 */
import type { Browser, Page } from 'playwright-core';
import { mainThreadTasks, type TraceEvent, type TraceTask } from './trace.ts';
import { passStartScreens } from './startScreens.ts';

export interface NotesSample {
  /** Longest main-thread task in the trace, ms; undefined when the trace did not show the page. */
  longestTask: number | undefined;
  top: TraceTask[];
  longTasks: number[];
  frames: { ms: number; blockingMs: number; scripts: string[] }[];
  events: { name: string; ms: number }[];
  keys: number;
}

/** Typed at each place: a reviewer's sentence, plain keys only (~200 characters). */
export const TEXT = 'Youth workers said the weekly meeting helps, but referrals about county lines still wait weeks when the form is long, and the school hears about missing episodes too late to act on them. ';

/** Between keys: ~100 words a minute, a fast note-taker. */
export const KEY_DELAY_MS = 100;

const PAUSE_MS = 1_500;

interface Observed { longTasks: number[]; frames: NotesSample['frames']; events: NotesSample['events'] }

/** Runs in the page: starts the observers the typing is judged by. */
function observe(): void {
  const seen: Observed = { longTasks: [], frames: [], events: [] };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) seen.longTasks.push(e.duration); }).observe({ type: 'longtask' });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as unknown as { duration: number; blockingDuration: number; scripts: { invoker: string; duration: number; sourceFunctionName: string }[] }[]) {
      seen.frames.push({ ms: e.duration, blockingMs: e.blockingDuration, scripts: e.scripts.map((s) => `${s.invoker}${s.sourceFunctionName ? ` ${s.sourceFunctionName}` : ''} ${Math.round(s.duration)} ms`) });
    }
  }).observe({ type: 'long-animation-frame' });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) seen.events.push({ name: e.name, ms: e.duration }); })
    .observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  (window as unknown as { __benchNotes: Observed }).__benchNotes = seen;
}

export async function measureNotes(browser: Browser, page: Page, origin: string, route: { reviewId: string; engagementId: string }): Promise<NotesSample> {
  await page.goto(`${origin}/#/reviews/${route.reviewId}/engage/${route.engagementId}`);
  await passStartScreens(page);
  const notes = page.getByRole('textbox', { name: 'Notes', exact: true });
  await notes.waitFor();
  // Opening the notes is not what is judged: let the page settle first.
  await page.waitForTimeout(1_000);
  await page.evaluate(observe);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });

  await notes.evaluate((field: HTMLTextAreaElement) => { field.focus(); field.setSelectionRange(field.value.length, field.value.length); });
  await page.keyboard.type(TEXT, { delay: KEY_DELAY_MS });
  await page.waitForTimeout(PAUSE_MS);
  await notes.evaluate((field: HTMLTextAreaElement) => {
    const middle = field.value.indexOf(' ', Math.floor(field.value.length / 2)) + 1;
    field.setSelectionRange(middle, middle);
  });
  await page.keyboard.type(TEXT, { delay: KEY_DELAY_MS });
  await page.getByTestId('save-status').getByText('All changes saved').waitFor({ timeout: 10_000 });
  await page.waitForTimeout(PAUSE_MS);

  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const observed = await page.evaluate(() => (window as unknown as { __benchNotes: Observed }).__benchNotes);
  const tasks = mainThreadTasks(trace.traceEvents, origin);
  const typed = await notes.inputValue();
  const copies = typed.split(TEXT).length - 1;
  if (copies !== 2) throw new Error(`the notes should hold the typed text twice, found ${copies}`);
  return { longestTask: tasks?.[0]?.ms, top: tasks?.slice(0, 5) ?? [], ...observed, keys: TEXT.length * 2 };
}
