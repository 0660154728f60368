import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from './appPath';

const root = path.resolve('/srv/app/dist/renderer');

describe('resolveAppPath', () => {
  it.each([
    ['app://local/', 'index.html'],
    ['app://local/index.html', 'index.html'],
    ['app://local/assets/index-3f9a.js?v=1#top', 'assets/index-3f9a.js'],
    ['app://local/assets/GDS%20light.woff2', 'assets/GDS light.woff2'],
  ])('maps %s inside the bundle', (url, relative) => {
    expect(resolveAppPath(root, url)).toEqual({ ok: true, filePath: path.join(root, relative) });
  });

  it.each([
    ['parent segment', 'app://local/../secret.txt'],
    ['nested parent segment', 'app://local/assets/../../secret.txt'],
    ['encoded parent segment', 'app://local/%2e%2e/secret.txt'],
    ['mixed-case encoded parent', 'app://local/%2E%2e/secret.txt'],
    ['half-encoded parent', 'app://local/.%2e/secret.txt'],
    ['current-folder segment', 'app://local/./index.html'],
    ['encoded slash', 'app://local/..%2fsecret.txt'],
    ['encoded slash in a name', 'app://local/assets%2Findex.js'],
    ['encoded backslash', 'app://local/..%5csecret.txt'],
    ['backslash', 'app://local/..\\secret.txt'],
    ['absolute path via double slash', 'app://local//etc/passwd'],
    ['Windows drive path', 'app://local/C:/Windows/win.ini'],
    ['alternate data stream', 'app://local/index.html::$DATA'],
    ['raw NUL byte', 'app://local/index.html\u0000.png'],
    ['encoded NUL byte', 'app://local/index.html%00.png'],
    ['encoded control character', 'app://local/index%0a.html'],
    ['Windows device name', 'app://local/CON'],
    ['Windows device name with extension', 'app://local/assets/nul.js'],
    ['malformed escape', 'app://local/%E0%A4%A'],
    ['wrong host', 'app://other/index.html'],
    ['host with a suffix', 'app://local.evil/index.html'],
    ['host with a port', 'app://local:8080/index.html'],
    ['credentials', 'app://user@local/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['a network URL', 'https://local/index.html'],
  ])('refuses a %s with 403', (_case, url) => {
    const result = resolveAppPath(root, url);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.status).toBe(403);
  });

  it('never resolves outside the bundle, whatever follows app://local/', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (tail) => {
        const result = resolveAppPath(root, `app://local/${tail}`);
        if (!result.ok) return true;
        const relative = path.relative(root, result.filePath);
        return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
      }),
      { numRuns: 2000 },
    );
  });
});
