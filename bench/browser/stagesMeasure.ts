/**
 * Large reviews stay usable (issue 12): with the XL review (3,000 engagements) imported,
 * each screen of the workspace is opened from the Reviews list the way a reviewer follows
 * a link, and timed in the page from the navigation (the hash change) to the first frame
 * that shows the screen's heading with its content, no "Loading …" line left. A
 * PerformanceObserver counts every long task meanwhile, so the longest task while the
 * screens open is judged too (no task over 200 ms after import). The first search (which
 * builds the index) is timed from its last key to its results.
 */
import type { Page } from 'playwright-core';
import { passStartScreens } from './startScreens.ts';

/** A screen: its route below `#/reviews/<id>` and the h1 it shows. */
export interface StageScreen { name: string; path: string; heading: string }

export const STAGE_SCREENS: readonly StageScreen[] = [
  { name: 'Overview', path: '', heading: 'Overview' },
  { name: 'Scope', path: '/scope', heading: 'Scope' },
  { name: 'Engage', path: '/engage', heading: 'Engage' },
  { name: 'Analyse: code passages', path: '/analyse/code', heading: 'Analyse' },
  { name: 'Analyse: evidence', path: '/analyse/evidence', heading: 'Analyse' },
  { name: 'Analyse: coverage map', path: '/analyse/coverage', heading: 'Analyse' },
  { name: 'Analyse: findings', path: '/analyse/findings', heading: 'Analyse' },
  { name: 'Recommend', path: '/recommend', heading: 'Recommend' },
  { name: 'Report', path: '/report', heading: 'Report' },
  { name: 'Follow-up', path: '/follow-up', heading: 'Follow-up' },
];

type WithTasks = Window & { __benchTasks: number[] };

/** Runs in the page: records every long task's duration from now on. */
export function installLongTaskWatch(): void {
  const tasks: number[] = [];
  (window as unknown as WithTasks).__benchTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: false });
}

/** The long tasks recorded since the last call (and forgets them). */
export function takeLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as WithTasks).__benchTasks.splice(0));
}

/** Runs in the page: opens `hash` and resolves when `heading` and its content are on screen. */
export function openScreen({ hash, heading }: { hash: string; heading: string }): Promise<number> {
  const ready = () => {
    const main = document.querySelector('main') ?? document.body;
    if (document.querySelector('h1')?.textContent !== heading) return false;
    return ![...main.querySelectorAll('p')].some((p) => /^Loading\b/.test(p.textContent ?? ''));
  };
  const started = performance.now();
  window.location.hash = hash;
  return window.__bench.whenOnScreen(ready).then((shownAt) => shownAt - started);
}

export interface StageSample { name: string; ms: number; longestTask: number }

/** Opens each screen once from the Reviews list; the page must show the Reviews list, unlocked. */
export async function measureStages(page: Page, reviewId: string, log: (line: string) => void = () => {}): Promise<StageSample[]> {
  const samples: StageSample[] = [];
  for (const screen of STAGE_SCREENS) {
    await page.evaluate(() => { window.location.hash = '#/'; });
    // On a busy machine a run can outlast the idle lock (no input for 10 minutes): unlock as a reviewer would.
    if (await page.getByRole('heading', { level: 1, name: 'Unlock Local Review' }).isVisible()) await passStartScreens(page);
    await page.getByRole('heading', { level: 1, name: 'Reviews' }).waitFor().catch(async (error: unknown) => {
      const shown = await page.evaluate(() => document.body.innerText.slice(0, 300));
      throw new Error(`the Reviews list did not show before ${screen.name}; the page shows: ${shown}`, { cause: error });
    });
    await takeLongTasks(page);
    const ms = await page.evaluate(openScreen, { hash: `#/reviews/${reviewId}${screen.path}`, heading: screen.heading });
    // Let the screen finish whatever it does after its first frame (late reads, the charts).
    await page.waitForTimeout(1500);
    const tasks = await takeLongTasks(page);
    samples.push({ name: screen.name, ms, longestTask: Math.max(0, ...tasks) });
    log(`    ${screen.name}: first paint ${ms.toFixed(0)} ms, longest task ${samples.at(-1)!.longestTask.toFixed(0)} ms`);
  }
  return samples;
}

/** The first search of the open review (building its index), from the last key to the results on screen. */
export async function measureFirstSearch(page: Page, query: string): Promise<{ ms: number; longestTask: number }> {
  const box = page.getByRole('searchbox', { name: 'Search this review' });
  await box.click();
  await takeLongTasks(page);
  const started = await page.evaluate(() => performance.now());
  await box.fill(query);
  const shownAt = await page.evaluate((q) => window.__bench.whenOnScreen(
    () => (document.querySelector('.app-search [role="status"]')?.textContent ?? '').endsWith(` for ‘${q}’`),
  ), query);
  await page.waitForTimeout(500);
  const tasks = await takeLongTasks(page);
  await box.fill('');
  return { ms: shownAt - started, longestTask: Math.max(0, ...tasks) };
}
