/**
 * Shared Playwright fixtures for the browser end-to-end tests. Import `test` and
 * `expect` from here instead of '@playwright/test':
 *
 *   import { test, expect, checkA11y } from './fixtures.ts';
 *
 * Every test then automatically:
 * - records every request and WebSocket of every page in every browser context it uses,
 *   blocks any that would leave http://127.0.0.1:<port>, fails the test if any was
 *   attempted, and appends its requests to test-results/network-log.json (summarised
 *   once per run by global-teardown.ts);
 * - fails if any page logs a console error or throws an uncaught error, unless the
 *   message matches ALLOWED_CONSOLE_ERRORS (empty: add entries only with a reason);
 * - runs in a fresh browser context (Playwright's default), so IndexedDB starts empty.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { isAllowedRequestUrl, NETWORK_LOG_PATH, type NetworkLogEntry } from './networkGuard.ts';

export { expect };
export { isAllowedRequestUrl } from './networkGuard.ts';

/**
 * Console errors / uncaught page errors that do not fail a test. Each entry needs a
 * comment saying why it is harmless. Nothing is ignored silently: start empty.
 */
export const ALLOWED_CONSOLE_ERRORS: readonly RegExp[] = [];

/** WCAG 2.2 AA, as axe-core tags. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Guard {
  /** Requests (and WebSocket opens) seen so far in this test, in order. */
  entries: NetworkLogEntry[];
  /** Console errors and uncaught page errors seen so far in this test. */
  pageErrors: string[];
}

interface Fixtures {
  /** Automatic: network guard + console-error guard for every test. */
  guard: Guard;
}

export const test = base.extend<Fixtures>({
  guard: [
    async ({ browser, context, baseURL }, runTest, testInfo) => {
      if (!baseURL) throw new Error('use.baseURL must be set (see playwright.config.ts)');
      const origin = new URL(baseURL).origin;
      const title = testInfo.titlePath.join(' › ');
      const guard: Guard = { entries: [], pageErrors: [] };
      const guarded = new WeakSet<BrowserContext>();

      const record = (kind: NetworkLogEntry['kind'], method: string, url: string) => {
        guard.entries.push({
          test: title,
          project: testInfo.project.name,
          kind,
          method,
          url,
          allowed: isAllowedRequestUrl(url, origin),
        });
      };
      const watchPage = (page: Page) => {
        page.on('websocket', (socket) => record('websocket', 'GET', socket.url()));
      };
      const guardContext = async (ctx: BrowserContext) => {
        if (guarded.has(ctx)) return;
        guarded.add(ctx);
        ctx.on('request', (request) => record('request', request.method(), request.url()));
        ctx.on('page', watchPage);
        ctx.pages().forEach(watchPage);
        ctx.on('console', (message) => {
          if (message.type() !== 'error') return;
          const { url, lineNumber } = message.location();
          guard.pageErrors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
        });
        ctx.on('weberror', (webError) => {
          const error = webError.error();
          guard.pageErrors.push(`uncaught: ${error.stack ?? error.message}`);
        });
        // Belt and braces: an off-host request is also stopped before it leaves the browser.
        // (It is still recorded above, and still fails the test below.)
        await ctx.route(
          (url) => !isAllowedRequestUrl(url.href, origin),
          (route) => route.abort('blockedbyclient'),
        );
      };

      await guardContext(context);
      // Contexts a test opens itself (browser.newContext / browser.newPage) are guarded too.
      const onContext = (ctx: BrowserContext) => void guardContext(ctx).catch(() => undefined);
      browser.on('context', onContext);

      try {
        await runTest(guard);
      } finally {
        browser.off('context', onContext);
        if (guard.entries.length > 0) {
          mkdirSync(path.dirname(NETWORK_LOG_PATH), { recursive: true });
          // One write per test, so lines from parallel workers never interleave.
          appendFileSync(NETWORK_LOG_PATH, guard.entries.map((entry) => `${JSON.stringify(entry)}\n`).join(''));
        }
        await testInfo.attach('network-requests', {
          body: guard.entries.map((entry) => `${entry.allowed ? 'ok      ' : 'OFF-HOST'} ${entry.method} ${entry.url}`).join('\n'),
          contentType: 'text/plain',
        });
      }

      const offHost = guard.entries.filter((entry) => !entry.allowed).map((entry) => `${entry.method} ${entry.url}`);
      expect.soft(offHost, `Requests left ${origin} (the app must make no network requests)`).toEqual([]);
      const unexpected = guard.pageErrors.filter((text) => !ALLOWED_CONSOLE_ERRORS.some((pattern) => pattern.test(text)));
      expect.soft(unexpected, 'Console errors or uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Runs axe-core (WCAG 2.2 AA tags) on the page as it is now and fails on any violation,
 * listing each violation's id, help text and target selectors.
 */
export async function checkA11y(page: Page, label: string): Promise<void> {
  await test.step(`accessibility check: ${label}`, async () => {
    // The saved-state line is sticky, so whatever has scrolled under it is half hidden, and
    // axe counts a link half under it as a target too small to hit (target-size). That
    // depends only on where the last action left the scroll: judge the page from the top,
    // where nothing is under the line, then put the scroll back.
    const scrolledTo = await page.evaluate(() => {
      const y = window.scrollY;
      window.scrollTo(0, 0);
      return y;
    });
    const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
      .finally(() => page.evaluate((y) => window.scrollTo(0, y), scrolledTo));
    if (violations.length === 0) return;
    const report = violations
      .map((violation) => {
        const targets = violation.nodes.map((node) => `    - ${node.target.map(String).join(' >> ')}`).join('\n');
        return `- ${violation.id} [${violation.impact ?? 'n/a'}]: ${violation.help}\n  ${violation.helpUrl}\n${targets}`;
      })
      .join('\n');
    await test.info().attach(`axe-violations-${label}`, {
      body: JSON.stringify(violations, null, 2),
      contentType: 'application/json',
    });
    expect(violations.length, `Accessibility violations on "${label}":\n${report}\n`).toBe(0);
  });
}
