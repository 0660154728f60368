/**
 * Serves the renderer bundle from the privileged app:// scheme instead of file://,
 * so the page has a real origin and can never read the rest of the disk.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { app, protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { APP_SCHEME } from './appOrigin';
import { resolveAppPath } from './appPath';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a bundle file; unknown types are served as opaque bytes. */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers on every response, errors included: the CSP must never be missing. */
function securityHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  });
}

function errorResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

/** Builds the app:// request handler for a bundle folder. */
export function createAppRequestHandler(root: string): (request: Pick<Request, 'url' | 'method'>) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return errorResponse(405, 'Method not allowed');
    const resolved = resolveAppPath(root, request.url);
    if (!resolved.ok) return errorResponse(resolved.status, 'Forbidden');
    let body: Buffer;
    try {
      body = await readFile(resolved.filePath);
    } catch {
      // Missing files and folders alike: the page learns nothing about the disk.
      return errorResponse(404, 'Not found');
    }
    const payload = request.method === 'HEAD' ? null : new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    return new Response(payload, { status: 200, headers: securityHeaders(contentTypeFor(resolved.filePath)) });
  };
}

/**
 * Registers app:// as standard (relative URLs resolve), secure (a secure context)
 * and fetch-capable, so IndexedDB and module scripts work. Must run before 'ready'.
 * bypassCSP stays false so the policy always applies, and corsEnabled stays unset
 * so no other origin could ever read app:// responses.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Starts serving dist/renderer on app://local. Call after 'ready'. */
export function setupProtocol(): void {
  const root = path.join(app.getAppPath(), 'dist', 'renderer');
  protocol.handle(APP_SCHEME, createAppRequestHandler(root));
}
