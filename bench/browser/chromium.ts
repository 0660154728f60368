/**
 * The system Chromium, driven by playwright-core, kept off the network: the same launch
 * flags as the end-to-end tests, plus a proxy that does not exist for every address but
 * loopback (Chromium never proxies loopback), so a request that tried to leave
 * 127.0.0.1 fails inside the browser. Requests are only watched, never intercepted:
 * Playwright's routing would add a round trip to Node to every request and inflate the
 * very load times measured here. Anything off-host, any failed response and any page
 * error is collected in `problems` and printed with the results.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { isAllowedRequestUrl } from '../../test/e2e/networkGuard.ts';
import { CHROMIUM_PATH, QUIET_CHROMIUM_ARGS } from '../../test/helpers/chromium.ts';
import { installBenchRuntime } from './runtime.ts';

const ARGS = [
  ...QUIET_CHROMIUM_ARGS,
  // Port 9 (discard) on loopback: nothing listens, so every proxied request fails at once.
  '--proxy-server=http://127.0.0.1:9',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
}

/**
 * tsx compiles the in-page functions with esbuild's keepNames, which wraps inner
 * functions in a `__name(fn, "name")` call that does not exist in the page.
 */
const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

export async function guardedContext(browser: Browser, origin: string, problems: string[]): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(NAME_SHIM);
  await context.addInitScript(installBenchRuntime);
  const problem = (text: string) => { if (!problems.includes(text)) problems.push(text); };
  context.on('request', (request) => {
    if (!isAllowedRequestUrl(request.url(), origin)) problem(`off-host request (failed by the dead proxy): ${request.method()} ${request.url()}`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) problem(`HTTP ${response.status()}: ${response.url()}`);
  });
  context.on('requestfailed', (request) => {
    if (isAllowedRequestUrl(request.url(), origin)) problem(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
  });
  context.on('console', (message) => { if (message.type() === 'error') problem(`console.error: ${message.text()}`); });
  context.on('weberror', (error) => problem(`uncaught: ${error.error().message}`));
  context.on('page', (page) => page.on('websocket', (socket) => problem(`WebSocket: ${socket.url()}`)));
  return context;
}
