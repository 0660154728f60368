// Types for scripts/serveStatic.mjs (plain JavaScript so `node scripts/serve.mjs` needs no build step).
import type { Server } from 'node:http';

export const HOST: '127.0.0.1';
export const CONTENT_TYPES: Readonly<Record<string, string>>;

export interface StaticServer {
  server: Server;
  host: '127.0.0.1';
  /** The port actually bound (useful with port 0). */
  port: number;
  /** http://127.0.0.1:<port>/ */
  url: string;
  /** The real path of the served directory. */
  root: string;
  /** The Content-Security-Policy read from the root's index.html meta tag, sent on every response. */
  csp: string;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

/** Reads the content of the `<meta http-equiv="Content-Security-Policy">` tag, if any. */
export function readCspFromHtml(html: string): string | undefined;

/** Maps a raw request target to a root-relative path, or the status to refuse it with. */
export function resolveRequestPath(
  rawUrl: string,
): { ok: true; relative: string } | { ok: false; status: 400 | 403 | 404 };

/** Serves `root` (which must contain an index.html with a CSP meta tag) on 127.0.0.1 only. */
export function createServer(options: { root: string; port?: number }): Promise<StaticServer>;
