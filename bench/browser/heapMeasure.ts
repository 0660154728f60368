/**
 * The JavaScript heap with the L review's workspace open and its search index built,
 * after a full garbage collection, read over the DevTools protocol: what the review costs
 * in memory while a reviewer works on it. The page's main heap and those of its workers
 * count: the search index lives in a worker of its own (the export worker is not running
 * at that point).
 */
import type { CDPSession, Page } from 'playwright-core';

export const MB = 1024 * 1024;

interface HeapUsage { usedSize: number }

/** One protocol call to a worker, through the browser's session (workers have no page session). */
function callInTarget(browserSession: CDPSession, sessionId: string, method: string, id: number): Promise<unknown> {
  return new Promise((resolve) => {
    const listen = (event: { sessionId: string; message: string }) => {
      const message = JSON.parse(event.message) as { id?: number; result?: unknown };
      if (event.sessionId !== sessionId || message.id !== id) return;
      browserSession.off('Target.receivedMessageFromTarget', listen);
      resolve(message.result);
    };
    browserSession.on('Target.receivedMessageFromTarget', listen);
    void browserSession.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
  });
}

/** The used heaps of the workers in the page's browser context, after a garbage collection in each. */
async function workerHeaps(page: Page): Promise<number[]> {
  const browser = page.context().browser();
  if (!browser) return [];
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    const own = targetInfos.find((t) => t.type === 'page' && t.url === page.url());
    const workers = targetInfos.filter((t) => t.type === 'worker' && t.browserContextId === own?.browserContextId);
    const heaps: number[] = [];
    for (const worker of workers) {
      const { sessionId } = await session.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
      await callInTarget(session, sessionId, 'HeapProfiler.collectGarbage', 1);
      const usage = (await callInTarget(session, sessionId, 'Runtime.getHeapUsage', 2)) as HeapUsage;
      heaps.push(usage.usedSize / MB);
      await session.send('Target.detachFromTarget', { sessionId });
    }
    return heaps;
  } finally {
    await session.detach();
  }
}

/** MB used by the page's main heap plus its workers' heaps; the split is returned too. */
export async function measureHeap(page: Page): Promise<{ total: number; main: number; workers: number[] }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const workers = await workerHeaps(page);
    const main = usedSize / MB;
    return { total: main + workers.reduce((sum, mb) => sum + mb, 0), main, workers };
  } finally {
    await cdp.detach();
  }
}
