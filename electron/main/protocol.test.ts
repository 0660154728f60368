import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { electronMock, resetElectronMock } from '../test-support/electronMock';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { contentTypeFor, createAppRequestHandler, registerAppScheme, setupProtocol } from './protocol';

vi.mock('electron', () => import('../test-support/electronMock').then((m) => m.electronModule()));

// A fake app folder: dist/renderer is the bundle, and a secret sits beside it.
const appFolder = mkdtempSync(path.join(tmpdir(), 'lr-protocol-'));
const root = path.join(appFolder, 'dist', 'renderer');
mkdirSync(path.join(root, 'assets'), { recursive: true });
writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Local Review</title>');
writeFileSync(path.join(root, 'assets', 'app.js'), 'export {};');
writeFileSync(path.join(appFolder, 'dist', 'secret.txt'), 'names of children');
afterAll(() => rmSync(appFolder, { recursive: true, force: true }));

const handle = createAppRequestHandler(root);
const get = (url: string, method = 'GET'): Promise<Response> => handle({ url, method });

beforeEach(() => resetElectronMock());

describe('app:// request handler', () => {
  it('serves index.html for app://local/ with its type and the CSP header', async () => {
    const response = await get('app://local/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Local Review</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await get('app://local/assets/app.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('export {};');
  });

  it.each([
    ['missing file', 'app://local/missing.js', 404],
    ['folder', 'app://local/assets', 404],
    ['traversal to a file beside the bundle', 'app://local/../secret.txt', 403],
    ['encoded traversal', 'app://local/%2e%2e/secret.txt', 403],
    ['wrong host', 'app://other/index.html', 403],
  ])('answers a %s with %i and still sends the CSP', async (_case, url, status) => {
    const response = await get(url);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).not.toContain('children');
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://local/index.html', 'POST')).status).toBe(405);
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://local/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['a.css', 'text/css; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.PNG', 'image/png'],
    ['a.woff2', 'font/woff2'],
    ['a.wasm', 'application/wasm'],
    ['a.unknown', 'application/octet-stream'],
  ])('gives %s the type %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('registerAppScheme', () => {
  it('registers app:// as standard, secure and fetch-capable, without bypassing the CSP', () => {
    registerAppScheme();
    expect(electronMock.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});

describe('setupProtocol', () => {
  it('serves app:// from dist/renderer under app.getAppPath()', async () => {
    electronMock.state.current.appPath = appFolder;
    setupProtocol();
    const [scheme, handler] = electronMock.protocol.handle.mock.calls[0] ?? [];
    expect(scheme).toBe('app');
    const response = await (handler as typeof handle)({ url: 'app://local/index.html', method: 'GET' });
    expect(response.status).toBe(200);
  });
});
