/**
 * The end-to-end network guard's rules, kept free of Playwright imports so they are
 * unit-tested (test/unit/networkGuard.test.ts). The app is offline: during a test the
 * browser may talk to the local static server and nothing else.
 */
import { fileURLToPath } from 'node:url';

/** One JSON line per request, appended by every test, summarised by global-teardown.ts. */
export const NETWORK_LOG_PATH = fileURLToPath(new URL('../../test-results/network-log.json', import.meta.url));

/** A line of the network log. */
export interface NetworkLogEntry {
  test: string;
  project: string;
  kind: 'request' | 'websocket';
  method: string;
  url: string;
  allowed: boolean;
}

/**
 * True if the browser may load `url` while the app under test is served at `origin`
 * (e.g. "http://127.0.0.1:4173"): the same origin exactly (scheme, host and port),
 * `data:` URLs, and `blob:` URLs created by that origin. Everything else — other hosts,
 * other ports, `localhost`, other loopback addresses, ws:, chrome-extension:, file:,
 * chrome:, about: — is refused. Unparseable URLs are refused.
 */
export function isAllowedRequestUrl(url: string, origin: string): boolean {
  let parsed: URL;
  let allowedOrigin: string;
  try {
    parsed = new URL(url);
    allowedOrigin = new URL(origin).origin;
  } catch {
    return false;
  }
  if (allowedOrigin === 'null') return false;
  switch (parsed.protocol) {
    case 'data:':
      return true;
    case 'blob:':
      // blob:http://127.0.0.1:4173/<uuid> has the origin of the document that made it.
      return parsed.origin === allowedOrigin;
    case 'http:':
      return parsed.origin === allowedOrigin && parsed.username === '' && parsed.password === '';
    default:
      return false;
  }
}
