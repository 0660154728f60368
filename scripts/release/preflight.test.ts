import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronCacheDir, ICON_SIZES, preflightProblems } from './preflight.ts';

function projectRoot({ icons = true, dictionary = true } = {}): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'preflight-'));
  mkdirSync(path.join(root, 'build', 'icons'), { recursive: true });
  mkdirSync(path.join(root, 'build', 'dictionaries'), { recursive: true });
  if (icons) for (const size of ICON_SIZES) writeFileSync(path.join(root, 'build', 'icons', `${size}x${size}.png`), '');
  if (dictionary) writeFileSync(path.join(root, 'build', 'dictionaries', 'en-GB-10-1.bdic'), '');
  return root;
}

const offline = async () => false;
const online = async () => true;

describe('preflightProblems', () => {
  it('says plainly that Electron cannot be downloaded when it is not cached and the host is unreachable', async () => {
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'electron-cache-'));
    const problems = await preflightProblems({ root: projectRoot(), targets: ['linux', 'win'], electronVersion: '45.4.1', cacheDir, canReachDownloads: offline });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/Electron's binaries cannot be downloaded on this machine/);
    expect(problems[0]).toContain('electron-v45.4.1-linux-x64.zip, electron-v45.4.1-win32-x64.zip are not in Electron\'s cache');
  });

  it('goes ahead offline when the zips are in the cache (directly or under @electron/get’s hash folder)', async () => {
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'electron-cache-'));
    writeFileSync(path.join(cacheDir, 'electron-v45.4.1-linux-x64.zip'), '');
    mkdirSync(path.join(cacheDir, 'a1b2c3'));
    writeFileSync(path.join(cacheDir, 'a1b2c3', 'electron-v45.4.1-darwin-x64.zip'), '');
    writeFileSync(path.join(cacheDir, 'a1b2c3', 'electron-v45.4.1-darwin-arm64.zip'), '');
    expect(await preflightProblems({ root: projectRoot(), targets: ['linux', 'mac'], electronVersion: '45.4.1', cacheDir, canReachDownloads: offline })).toEqual([]);
  });

  it('leaves the download to electron-builder when the host answers', async () => {
    expect(await preflightProblems({ root: projectRoot(), targets: ['win'], electronVersion: '45.4.1', cacheDir: '/nonexistent', canReachDownloads: online })).toEqual([]);
  });

  it('refuses to package without the en-GB dictionary or the icons, naming what to do', async () => {
    const problems = await preflightProblems({ root: projectRoot({ icons: false, dictionary: false }), targets: ['linux'], electronVersion: '45.4.1', cacheDir: '/nonexistent', canReachDownloads: online });
    expect(problems).toEqual([expect.stringMatching(/^Icons missing: build\/icons\/16x16\.png.*Run `npm run icons`/), expect.stringMatching(/No en-GB spelling dictionary.*hunspell_dictionaries\.zip.*Electron 45\.4\.1/)]);
  });
});

describe('electronCacheDir', () => {
  it('follows ELECTRON_CACHE, then each OS’s cache folder', () => {
    expect(electronCacheDir({ ELECTRON_CACHE: '/cache' }, 'linux', '/home/r')).toBe('/cache');
    expect(electronCacheDir({}, 'linux', '/home/r')).toBe(path.join('/home/r', '.cache', 'electron'));
    expect(electronCacheDir({}, 'darwin', '/Users/r')).toBe(path.join('/Users/r', 'Library', 'Caches', 'electron'));
    expect(electronCacheDir({ LOCALAPPDATA: 'C:\\Users\\r\\AppData\\Local' }, 'win32', 'C:\\Users\\r')).toBe(path.join('C:\\Users\\r\\AppData\\Local', 'electron', 'Cache'));
  });
});

describe('the icons', () => {
  it('are all checked in, made from build/icon.svg', () => {
    expect(existsSync('build/icon.svg')).toBe(true);
    expect(readdirSync('build/icons').sort()).toEqual(ICON_SIZES.map((size) => `${size}x${size}.png`).sort());
  });
});

describe('npm run package here', () => {
  // With the dictionary missing (it is never in the repository) the script stops before building anything.
  const hasDictionary = existsSync('build/dictionaries') && readdirSync('build/dictionaries').some((name) => name.endsWith('.bdic'));
  it.skipIf(hasDictionary)('stops before building, says why and exits 1', () => {
    const cache = mkdtempSync(path.join(os.tmpdir(), 'electron-cache-'));
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/release/package.ts', 'linux'], { encoding: 'utf8', env: { ...process.env, ELECTRON_CACHE: cache } });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Cannot package Local Review for linux; nothing was built/);
    expect(result.stderr).toMatch(/No en-GB spelling dictionary/);
  }, 60_000);
  if (hasDictionary) console.log('Skipped the "npm run package here" check: build/dictionaries holds a dictionary, so the script would really package.');
});
