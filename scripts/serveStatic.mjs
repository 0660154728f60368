// A tiny, dependency-free static file server for the built renderer (dist/renderer).
// Used by `npm run web` (scripts/serve.mjs) and by the Playwright web server.
// It listens on 127.0.0.1 only, serves files strictly under one root, and sends the
// same Content-Security-Policy as the meta tag in the built index.html.
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';

/** The only address the server ever binds to. */
export const HOST = '127.0.0.1';

/** Content types by file extension; anything else is sent as application/octet-stream. */
export const CONTENT_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
});

const HTML_ENTITIES = /** @type {Record<string, string>} */ ({
  '&amp;': '&', '&quot;': '"', '&#39;': "'", '&apos;': "'", '&lt;': '<', '&gt;': '>',
});

/**
 * Reads the Content-Security-Policy from the `<meta http-equiv="Content-Security-Policy">`
 * tag of an HTML document, so the header and the meta tag have one source.
 * @param {string} html
 * @returns {string | undefined}
 */
export function readCspFromHtml(html) {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/\bhttp-equiv\s*=\s*(["'])Content-Security-Policy\1/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(["'])(.*?)\1/is.exec(tag)?.[2];
    if (content === undefined) return undefined;
    return content.replace(/&(?:amp|quot|#39|apos|lt|gt);/g, (entity) => HTML_ENTITIES[entity] ?? entity).trim();
  }
  return undefined;
}

/**
 * True if the string holds NUL or any other control character.
 * @param {string} text
 */
function hasControlChar(text) {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * Maps a raw request target to a path relative to the root, or an HTTP status to refuse with.
 * Decodes exactly once and rejects anything that could step outside the root.
 * @param {string} rawUrl the request target exactly as received
 * @returns {{ ok: true, relative: string } | { ok: false, status: 400 | 403 | 404 }}
 */
export function resolveRequestPath(rawUrl) {
  // Origin-form only ("/path?query"); absolute-form and "*" are refused.
  if (!rawUrl.startsWith('/')) return { ok: false, status: 400 };
  const rawPath = rawUrl.split(/[?#]/, 1)[0] ?? '';
  // Backslashes, NUL and encoded slashes/backslashes/NUL have no place in a URL path here.
  if (rawPath.includes('\\') || hasControlChar(rawPath) || /%2f|%5c|%00/i.test(rawPath)) return { ok: false, status: 400 };
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\\') || hasControlChar(decoded)) return { ok: false, status: 400 };
  const segments = decoded.split('/').slice(1);
  if (segments.some((segment) => segment === '..' || segment === '.')) return { ok: false, status: 403 };
  // Hidden files (".git", ".env", ...) are never served.
  if (segments.some((segment) => segment.startsWith('.'))) return { ok: false, status: 404 };
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  return { ok: true, relative: relative.slice(1) };
}

/**
 * @param {string} parent an absolute, resolved directory
 * @param {string} child an absolute, resolved path
 */
function isInside(parent, child) {
  return child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);
}

/**
 * Starts the static server for `root` on 127.0.0.1.
 * @param {{ root: string, port?: number }} options port 0 picks a free port; default 4173
 * @returns {Promise<import('./serveStatic.d.mts').StaticServer>}
 */
export async function createServer({ root, port = 4173 }) {
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError(`Invalid port: ${port}`);
  const rootDir = await realpath(path.resolve(root));
  const indexHtml = await readFile(path.join(rootDir, 'index.html'), 'utf8');
  const csp = readCspFromHtml(indexHtml);
  if (!csp) throw new Error(`No <meta http-equiv="Content-Security-Policy"> found in ${path.join(rootDir, 'index.html')}`);
  // A missing or unreplaced policy (e.g. a build-time placeholder) would be no policy at all.
  if (!/(^|;)\s*default-src\s/.test(csp)) throw new Error(`The Content-Security-Policy in ${path.join(rootDir, 'index.html')} has no default-src: "${csp}"`);
  if (/[\r\n]/.test(csp)) throw new Error('The Content-Security-Policy meta content must be on one line');

  /** @type {Record<string, string>} */
  const baseHeaders = {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    'Cache-Control': 'no-store',
  };
  /** Filled in once listening (port 0 means "any free port"). */
  let allowedHosts = new Set();

  /**
   * @param {http.ServerResponse} res
   * @param {number} status
   * @param {string} message
   * @param {Record<string, string>} [extra]
   */
  function refuse(res, status, message, extra = {}) {
    const body = `${message}\n`;
    res.writeHead(status, {
      ...baseHeaders,
      ...extra,
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(body)),
    });
    res.end(res.req.method === 'HEAD' ? undefined : body);
  }

  /**
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   */
  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    // Refuse other Host names (DNS rebinding): only 127.0.0.1:<port> and localhost:<port>.
    if (!allowedHosts.has((req.headers.host ?? '').toLowerCase())) return refuse(res, 400, 'Bad Host header');
    const target = resolveRequestPath(req.url ?? '');
    if (!target.ok) return refuse(res, target.status, target.status === 404 ? 'Not found' : 'Bad request');

    const candidate = path.resolve(rootDir, target.relative);
    if (candidate !== rootDir && !isInside(rootDir, candidate)) return refuse(res, 403, 'Forbidden');
    let file;
    let info;
    try {
      // Follow symlinks, then check again: a link must not lead out of the root.
      file = await realpath(candidate);
      info = await stat(file);
    } catch {
      return refuse(res, 404, 'Not found');
    }
    if (!isInside(rootDir, file)) return refuse(res, 403, 'Forbidden');
    if (!info.isFile()) return refuse(res, 404, 'Not found');

    const type = /** @type {Record<string, string>} */ (CONTENT_TYPES)[path.extname(file).toLowerCase()];
    res.writeHead(200, {
      ...baseHeaders,
      'Content-Type': type ?? 'application/octet-stream',
      'Content-Length': String(info.size),
    });
    if (req.method === 'HEAD') return void res.end();
    const stream = createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) refuse(res, 500, 'Internal server error');
      else res.destroy();
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: HOST, port, exclusive: true }, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  allowedHosts = new Set([`${HOST}:${address.port}`, `localhost:${address.port}`]);

  return {
    server,
    host: HOST,
    port: address.port,
    url: `http://${HOST}:${address.port}/`,
    root: rootDir,
    csp,
    close() {
      return new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
