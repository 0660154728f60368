/**
 * The page's JavaScript heap with the L review's workspace open and its search index
 * built, after a full garbage collection, read over the DevTools protocol: what the
 * review costs in memory while a reviewer works on it. Only the page's main heap counts
 * (the export worker is not running at that point).
 */
import type { Page } from 'playwright-core';

export const MB = 1024 * 1024;

export async function measureHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / MB;
  } finally {
    await cdp.detach();
  }
}
