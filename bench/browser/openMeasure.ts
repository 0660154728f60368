/**
 * Opening a review. Every page load now starts locked, so a new page loads the Reviews
 * list, is unlocked (timed: see startScreens.ts), and then opens the review as a reviewer
 * does, by following its link: the time is read in the page from the navigation (the
 * hash change) to the frame that shows the Overview heading and the whole stage
 * navigation, the moment the workspace can be used. The review is read from IndexedDB
 * and decrypted each time. Before encryption this measure started at the page's
 * navigation and so also held loading the scripts (responseEnd and DOMContentLoaded
 * below say how much that was).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { SCREENS } from '../../renderer/src/app/stages.ts';
import { passStartScreens } from './startScreens.ts';

export interface OpenSample {
  usable: number;
  /** From pressing Unlock to the unlocked Reviews list on screen. */
  unlock: number;
  /** Where the page load's time went, from its Navigation Timing: the HTML in, the scripts run. */
  responseEnd: number;
  domContentLoaded: number;
  page: Page;
}

/** Runs in the page: opens the review and resolves when the workspace is usable. */
function openInPage({ hash, heading, screens }: { hash: string; heading: string; screens: number }): Promise<number> {
  const ready = () => {
    const h1 = document.querySelector('h1');
    const links = document.querySelectorAll('nav[aria-label="Stages of the review"] a[href]');
    return h1?.textContent === heading && links.length === screens;
  };
  const started = performance.now();
  window.location.hash = hash;
  return window.__bench.whenOnScreen(ready).then((shownAt) => shownAt - started);
}

/** Opens the review's Overview in a new page of `context`; the page stays open. */
export async function measureOpen(context: BrowserContext, origin: string, reviewId: string): Promise<OpenSample> {
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  const unlock = (await passStartScreens(page)) ?? Number.NaN;
  await page.getByRole('heading', { level: 1, name: 'Reviews' }).waitFor();
  const usable = await page.evaluate(openInPage, { hash: `#/reviews/${reviewId}`, heading: SCREENS[0].name, screens: SCREENS.length });
  const navigation = await page.evaluate(() => {
    const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { responseEnd: entry.responseEnd, domContentLoaded: entry.domContentLoadedEventEnd };
  });
  return { usable, unlock, ...navigation, page };
}
