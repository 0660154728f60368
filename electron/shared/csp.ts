/**
 * The Content Security Policy, in one place: the app:// handler sends it on every
 * response and renderer/index.html carries the same string in its meta tag, so the
 * two can be compared by a test and cannot drift apart.
 */

/**
 * Directives, in order. No network origin appears anywhere: the app is offline and
 * handles sensitive material, so nothing may be fetched from or sent to a host.
 * - connect-src 'none': fetch/XHR/WebSocket/EventSource/beacon go nowhere. Saving
 *   with a blob: URL and <a download> is a download, not a connection, so it is
 *   unaffected; reading a Blob uses blob.arrayBuffer(), never fetch(blobUrl).
 * - worker-src 'self' blob:: exporters, the file reader and search run in workers built by Vite (same origin)
 *   or wrapped in a blob: URL.
 * - img-src data: blob:: images the app builds itself (inline icons, previews);
 *   neither scheme can reach the network.
 * - frame-ancestors is left out on purpose: browsers ignore it in a meta tag and
 *   warn, and the header and meta must stay identical.
 */
export const CSP_DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-src 'none'",
] as const;

/** The policy string, exactly as sent in the header and written in index.html. */
export const CONTENT_SECURITY_POLICY: string = CSP_DIRECTIVES.join('; ');
