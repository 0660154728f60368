/**
 * The app's own origin. The UI is served from `app://local` rather than file://,
 * so it has a real origin (IndexedDB works, file:// stays unreachable) and every
 * trust decision in main compares against these constants.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'local';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `url` belongs to exactly app://local. Node's URL gives non-special
 * schemes an opaque origin ("null"), so scheme and host are compared piecewise,
 * and credentials or a port make the URL foreign.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
