/**
 * Maps an app:// request URL to a file under the renderer bundle, refusing anything
 * that could escape it. Pure, so the traversal guard is tested without Electron.
 */
import path from 'node:path';
import { APP_ORIGIN } from './appOrigin';
import { isWindowsReservedName } from '../shared/reservedNames';

export type AppPathResult =
  | { ok: true; filePath: string }
  | { ok: false; status: 403; reason: string };

// Checked on the raw string, before any parsing: URL parsers silently resolve
// `..` and `%2e%2e`, which would hide an attack instead of refusing it.
const FORBIDDEN_RAW = /[\\\0]|%(?:00|2f|5c)/i;
// Characters no bundle file uses and that mean something to a file system:
// control characters, drive and stream separators, Windows wildcards.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_IN_SEGMENT = /[\u0000-\u001f\u007f:*?"<>|\\/]/;

function refuse(reason: string): AppPathResult {
  return { ok: false, status: 403, reason };
}

/** Resolves `requestUrl` (app://local/…) to a path inside `root`, or says why not. */
export function resolveAppPath(root: string, requestUrl: string): AppPathResult {
  if (FORBIDDEN_RAW.test(requestUrl)) return refuse('forbidden character');
  const prefix = `${APP_ORIGIN}/`;
  if (!requestUrl.startsWith(prefix)) return refuse('wrong scheme or host');

  // The path runs to the first ? or #; the query and fragment never name a file.
  const rawPath = requestUrl.slice(prefix.length).split(/[?#]/, 1)[0] ?? '';
  const rawSegments = rawPath === '' ? ['index.html'] : rawPath.split('/');

  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return refuse('malformed escape');
    }
    // An empty segment means `//`, which some resolvers read as an absolute path.
    if (segment === '') return refuse('empty segment');
    if (segment === '.' || segment === '..') return refuse('dot segment');
    if (FORBIDDEN_IN_SEGMENT.test(segment)) return refuse('forbidden character');
    if (isWindowsReservedName(segment)) return refuse('reserved name');
    segments.push(segment);
  }

  const base = path.resolve(root);
  const filePath = path.resolve(base, ...segments);
  const relative = path.relative(base, filePath);
  // Belt and braces: whatever slipped past the checks above must still land inside root.
  const escapes = relative === '..' || relative.startsWith(`..${path.sep}`);
  if (relative === '' || escapes || path.isAbsolute(relative)) {
    return refuse('outside the bundle');
  }
  return { ok: true, filePath };
}
