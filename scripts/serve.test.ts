// Tests for the static server behind `npm run web` and the Playwright web server.
// Requests are written byte for byte on a raw socket: fetch() and http.request()
// normalise or refuse odd paths, which would hide exactly what is under test.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, readCspFromHtml, resolveRequestPath, type StaticServer } from './serveStatic.mjs';

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'none'";
const SECRET = 'SECRET-OUTSIDE-THE-ROOT';
const INDEX = `<!doctype html>
<html lang="en-GB"><head>
<meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="${CSP.replaceAll("'", '&#39;')}" />
<title>Test</title></head><body><h1>Served</h1></body></html>`;

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends `request` verbatim and reads the whole response (the server closes the connection). */
function raw(port: number, request: string | Buffer, host = '127.0.0.1'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      const head = split === -1 ? text : text.slice(0, split);
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: split === -1 ? '' : text.slice(split + 4) });
    });
    socket.write(request);
  });
}

function get(port: number, target: string, method = 'GET', host = `127.0.0.1:${port}`): Promise<RawResponse> {
  return raw(port, `${method} ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
}

/** Resolves with the error code if a TCP connection to host:port is refused. */
function connectError(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.on('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });
}

let tmp: string;
let site: string;
let running: StaticServer;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'serve-test-'));
  site = path.join(tmp, 'site');
  mkdirSync(path.join(site, 'assets'), { recursive: true });
  writeFileSync(path.join(tmp, 'package.json'), `{"secret":"${SECRET}"}`);
  writeFileSync(path.join(tmp, 'site-secret.txt'), SECRET); // shares the root's name as a prefix
  writeFileSync(path.join(site, 'index.html'), INDEX);
  writeFileSync(path.join(site, '.env'), SECRET);
  const assets: Record<string, string> = {
    'app.js': 'console.log(1);',
    'app.css': 'body{}',
    'data.json': '{}',
    'app.js.map': '{}',
    'icon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'logo.png': 'png',
    'font.woff2': 'woff2',
    'favicon.ico': 'ico',
    'blob.bin': 'bin',
  };
  for (const [name, body] of Object.entries(assets)) writeFileSync(path.join(site, 'assets', name), body);
  symlinkSync(path.join(tmp, 'package.json'), path.join(site, 'assets', 'link.json'));
  running = await createServer({ root: site, port: 0 });
});

afterAll(async () => {
  await running?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('createServer', () => {
  it('serves index.html at / with the security headers', async () => {
    const res = await get(running.port, '/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<h1>Served</h1>');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('sends the CSP header exactly as written in the index.html meta tag', async () => {
    const res = await get(running.port, '/');
    expect(readCspFromHtml(res.body)).toBe(CSP);
    expect(res.headers['content-security-policy']).toBe(CSP);
    expect(running.csp).toBe(CSP);
  });

  it.each([
    ['/assets/app.js', 'text/javascript; charset=utf-8'],
    ['/assets/app.css', 'text/css; charset=utf-8'],
    ['/assets/data.json', 'application/json; charset=utf-8'],
    ['/assets/app.js.map', 'application/json; charset=utf-8'],
    ['/assets/icon.svg', 'image/svg+xml'],
    ['/assets/logo.png', 'image/png'],
    ['/assets/font.woff2', 'font/woff2'],
    ['/assets/favicon.ico', 'image/x-icon'],
    ['/assets/blob.bin', 'application/octet-stream'],
    ['/index.html?x=1', 'text/html; charset=utf-8'],
  ])('serves %s as %s', async (target, type) => {
    const res = await get(running.port, target);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers['content-security-policy']).toBe(CSP);
  });

  it('answers HEAD with headers and no body', async () => {
    const res = await get(running.port, '/assets/app.js', 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers['content-length']).toBe(String('console.log(1);'.length));
    expect(res.body).toBe('');
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'])('refuses %s with 405', async (method) => {
    const res = await get(running.port, '/', method);
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
    expect(res.headers['content-security-policy']).toBe(CSP);
  });

  it.each(['/nope', '/assets/', '/assets', '/assets/nope.js', '/.env', '/assets/%252e%252e/package.json'])(
    'answers 404 for %s',
    async (target) => {
      const res = await get(running.port, target);
      expect(res.status).toBe(404);
      expect(res.headers['content-security-policy']).toBe(CSP);
      expect(res.body).not.toContain(SECRET);
    },
  );

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/package.json',
    '/..%2fpackage.json',
    '/..%2Fpackage.json',
    '/%5c..%5cpackage.json',
    '/..\\package.json',
    '/assets/../../package.json',
    '/assets/%2e%2e/%2e%2e/package.json',
    '/./../package.json',
    '/../site-secret.txt',
    '/%2e%2e%2fsite-secret.txt',
    '/index.html%00.js',
    '/%00',
    '/assets/link.json',
    '/%',
    '/%e0%a4%a',
    'http://127.0.0.1/../package.json',
    '../package.json',
  ])('never serves files outside the root: %s', async (target) => {
    const res = await get(running.port, target);
    expect([400, 403, 404]).toContain(res.status);
    expect(res.body).not.toContain(SECRET);
  });

  it('refuses a raw NUL byte in the path', async () => {
    const request = Buffer.concat([
      Buffer.from('GET /index.html'),
      Buffer.from([0]),
      Buffer.from(`/../../package.json HTTP/1.1\r\nHost: 127.0.0.1:${running.port}\r\nConnection: close\r\n\r\n`),
    ]);
    const res = await raw(running.port, request);
    expect([400, 403, 404]).toContain(res.status);
    expect(res.body).not.toContain(SECRET);
  });

  it('refuses requests for other Host names (DNS rebinding)', async () => {
    const res = await get(running.port, '/', 'GET', `evil.example:${running.port}`);
    expect(res.status).toBe(400);
    expect((await get(running.port, '/', 'GET', `localhost:${running.port}`)).status).toBe(200);
  });

  it('binds to 127.0.0.1 only', async () => {
    const address = running.server.address();
    expect(address).toMatchObject({ address: '127.0.0.1', family: 'IPv4', port: running.port });
    expect(running.url).toBe(`http://127.0.0.1:${running.port}/`);
    // Other loopback addresses and this machine's own interface addresses must not answer.
    // (All of these stay on this machine.)
    expect(await connectError('127.0.0.2', running.port)).toBe('ECONNREFUSED');
    const own = Object.values(os.networkInterfaces())
      .flat()
      .filter((entry) => entry && !entry.internal && entry.family === 'IPv4')
      .map((entry) => entry!.address);
    for (const ip of own) expect(await connectError(ip, running.port)).toBe('ECONNREFUSED');
  });

  it('refuses to start without a CSP meta tag in index.html', async () => {
    const bare = path.join(tmp, 'bare');
    mkdirSync(bare, { recursive: true });
    writeFileSync(path.join(bare, 'index.html'), '<!doctype html><title>x</title>');
    await expect(createServer({ root: bare, port: 0 })).rejects.toThrow(/Content-Security-Policy/);
  });

  it('refuses to start when the CSP meta holds no real policy (e.g. an unreplaced placeholder)', async () => {
    const placeholder = path.join(tmp, 'placeholder');
    mkdirSync(placeholder, { recursive: true });
    writeFileSync(path.join(placeholder, 'index.html'), INDEX.replace(/content="[^"]*"(?= \/>\n<title>)/, 'content="CSP_PLACEHOLDER"'));
    await expect(createServer({ root: placeholder, port: 0 })).rejects.toThrow(/default-src/);
  });
});

describe('resolveRequestPath', () => {
  it('maps / and directories to index.html', () => {
    expect(resolveRequestPath('/')).toEqual({ ok: true, relative: 'index.html' });
    expect(resolveRequestPath('/a%20b/')).toEqual({ ok: true, relative: 'a b/index.html' });
  });
  it('decodes exactly once', () => {
    expect(resolveRequestPath('/%252e%252e/x')).toEqual({ ok: true, relative: '%2e%2e/x' });
  });
});

describe('scripts/serve.mjs', () => {
  const scripts = path.dirname(fileURLToPath(import.meta.url));

  /** Copies the CLI into <dir>/scripts so that it serves <dir>/dist/renderer. */
  function installCopy(withBuild: boolean): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'serve-cli-'));
    mkdirSync(path.join(dir, 'scripts'));
    for (const file of ['serve.mjs', 'serveStatic.mjs']) copyFileSync(path.join(scripts, file), path.join(dir, 'scripts', file));
    if (withBuild) {
      mkdirSync(path.join(dir, 'dist', 'renderer'), { recursive: true });
      writeFileSync(path.join(dir, 'dist', 'renderer', 'index.html'), INDEX);
    }
    return dir;
  }

  function run(dir: string, env: Record<string, string>) {
    return spawn(process.execPath, [path.join(dir, 'scripts', 'serve.mjs')], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  it('prints the address, serves, and exits cleanly on SIGTERM and SIGINT', async () => {
    const dir = installCopy(true);
    try {
      for (const signal of ['SIGTERM', 'SIGINT'] as const) {
        const child = run(dir, { PORT: '0' });
        const url = await new Promise<string>((resolve, reject) => {
          let out = '';
          child.stdout.on('data', (chunk: Buffer) => {
            out += chunk.toString();
            const match = /^Local Review is running at (http:\/\/127\.0\.0\.1:(\d+)\/)$/m.exec(out);
            if (match) resolve(match[1]!);
          });
          child.on('exit', (code) => reject(new Error(`exited early with ${code}: ${out}`)));
        });
        const res = await fetch(url);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-security-policy')).toBe(CSP);
        const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
        child.kill(signal);
        expect(await exited).toBe(0);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('tells the user to run `npm run web` when dist/renderer is missing', async () => {
    const dir = installCopy(false);
    try {
      const child = run(dir, { PORT: '0' });
      let err = '';
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      expect(code).toBe(1);
      expect(err).toContain('npm run web');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
