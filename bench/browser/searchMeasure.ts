/**
 * Search as you type with the L review open. Each query is typed into the search box key
 * by key; after each key the bench waits for that text's results before the next key,
 * so every key has its own results to time. Per key, in page time, from the key event:
 *
 * - echo: to the first frame after the key's input event (the letter in the box);
 * - results: to the frame showing the results for the text typed so far. The box waits
 *   DEBOUNCE_MS after the last key before it searches (on purpose: typing stays smooth),
 *   so this includes that wait. The budget judges results minus the debounce: the search,
 *   React's render, the frame and the timer's lateness, plus the few ms from the key to
 *   the timer's start (so it never flatters the app).
 *
 * The Event Timing API's own durations (events of 16 ms or more) are collected too, as
 * a check on the echo times from a different clock.
 */
import type { Page } from 'playwright-core';
import { keystrokes } from './keystrokes.ts';

export interface SearchSamples {
  echo: number[];
  results: number[];
  /** The text each results sample was for, in the same order. */
  texts: string[];
  slowEvents: number[];
  keys: number;
}

interface Armed { expects: string | null; keyAt?: number; echo?: Promise<number>; results?: Promise<number> }
interface SearchWatch { arm(expects: string | null): void; take(): Promise<{ echo: number; results?: number }>; events: number[] }
type WithWatch = Window & { __benchSearch: SearchWatch };

/** Runs in the page once the search box exists. */
function installSearchWatch(): void {
  const root = document.querySelector('.app-search')!;
  const status = () => root.querySelector('[role="status"]')?.textContent ?? '';
  let armed: Armed | undefined;
  const events: number[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) events.push(entry.duration);
  }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  // A key: keydown, or beforeinput for a character typed without one (é, ’).
  const onKey = (event: Event) => {
    if (!armed || armed.keyAt !== undefined) return;
    const keyAt = event.timeStamp;
    const { expects } = armed;
    armed.keyAt = keyAt;
    if (expects !== null) {
      armed.results = window.__bench.whenOnScreen(() => status().endsWith(`for ‘${expects}’`), root).then((at) => at - keyAt);
    }
  };
  document.addEventListener('keydown', onKey, true);
  document.addEventListener('beforeinput', onKey, true);
  document.addEventListener('input', () => {
    if (!armed || armed.keyAt === undefined || armed.echo) return;
    const keyAt = armed.keyAt;
    armed.echo = new Promise((resolve) => window.__bench.afterPaint((at) => resolve(at - keyAt)));
  }, true);
  (window as unknown as WithWatch).__benchSearch = {
    arm: (expects) => { armed = { expects }; },
    take: async () => {
      const done = armed!;
      armed = undefined;
      if (!done.echo) throw new Error('the key reached no input event');
      // Never wait for ever: results that do not come within 10 s are an error, not a sample.
      const late = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no results for ‘${done.expects}’ within 10 s; status: ${status()}`)), 10_000));
      return Promise.race([late, (async () => ({ echo: await done.echo!, ...(done.results && { results: await done.results }) }))()]);
    },
    events,
  };
}

const box = (page: Page) => page.getByRole('searchbox', { name: 'Search this review' });

/** Escape empties the box; wait until the panel has caught up, so no old status is seen. */
async function clear(page: Page): Promise<void> {
  await box(page).press('Escape');
  await page.waitForFunction(() => (document.querySelector('.app-search [role="status"]')?.textContent ?? '') === '');
}

/** Opens the search once (the index is built on first use) and waits for real results. */
export async function warmSearch(page: Page, query: string): Promise<void> {
  await box(page).click();
  await box(page).fill(query);
  const status = (q: string) => (document.querySelector('.app-search [role="status"]')?.textContent ?? '').endsWith(` for ‘${q}’`);
  await page.waitForFunction(status, query, { timeout: 60_000 });
  await clear(page);
}

export async function measureSearch(page: Page, queries: readonly string[]): Promise<SearchSamples> {
  await page.evaluate(installSearchWatch);
  const samples: SearchSamples = { echo: [], results: [], texts: [], slowEvents: [], keys: 0 };
  await box(page).focus();
  for (const query of queries) {
    for (const { key, expects } of keystrokes(query)) {
      await page.evaluate((e) => (window as unknown as WithWatch).__benchSearch.arm(e), expects);
      await page.keyboard.type(key);
      const taken = await page.evaluate(() => (window as unknown as WithWatch).__benchSearch.take());
      samples.echo.push(taken.echo);
      if (taken.results !== undefined && expects !== null) {
        samples.results.push(taken.results);
        samples.texts.push(expects);
      }
      samples.keys += 1;
    }
    await clear(page);
  }
  samples.slowEvents = await page.evaluate(() => (window as unknown as WithWatch).__benchSearch.events);
  return samples;
}
