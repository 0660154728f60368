/**
 * Opening a review: a new page navigates straight to the review's workspace URL (as the
 * desktop app does when it starts on a review), and the time is read in the page from
 * its navigation start (performance.timeOrigin) to the frame that shows the stage's
 * heading and the whole stage navigation: the moment the workspace can be used. The
 * JavaScript is fetched, parsed and run each time (the server sends no-store), and the
 * review is read from IndexedDB each time.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { STAGES } from '../../renderer/src/app/stages.ts';

export interface OpenSample {
  usable: number;
  /** Where the time went, from the page's Navigation Timing: the HTML in, the scripts run. */
  responseEnd: number;
  domContentLoaded: number;
  page: Page;
}

/** Runs in the page before the app's scripts. */
function watchWorkspace({ heading, stages }: { heading: string; stages: number }): void {
  const ready = () => {
    const h1 = document.querySelector('h1');
    const links = document.querySelectorAll('nav[aria-label="Stages of the review"] a[href]');
    return h1?.textContent === heading && links.length === stages;
  };
  (window as unknown as { __benchOpen: Promise<number> }).__benchOpen = window.__bench.whenOnScreen(ready);
}

/** Opens the review's Scope stage in a new page of `context`; the page stays open. */
export async function measureOpen(context: BrowserContext, origin: string, reviewId: string): Promise<OpenSample> {
  const page = await context.newPage();
  await page.addInitScript(watchWorkspace, { heading: STAGES[0].name, stages: STAGES.length });
  await page.goto(`${origin}/#/reviews/${reviewId}/${STAGES[0].id}`);
  const times = await page.evaluate(async () => {
    const usable = await (window as unknown as { __benchOpen: Promise<number> }).__benchOpen;
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { usable, responseEnd: navigation.responseEnd, domContentLoaded: navigation.domContentLoadedEventEnd };
  });
  return { ...times, page };
}
