/**
 * The built desktop app, driven through Playwright's _electron API: it must load
 * from app://, expose only the three verbs and keep Node, new windows and the
 * network out of the page. Needs `npm run build` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronRuntime } from './electronRuntime.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const runtime = findElectronRuntime();
const skipReason =
  `Electron runtime not installed at ${runtime.executablePath} ` +
  '(it downloads on first `npm start` with network access); the _electron spec is skipped.';

if (!runtime.isInstalled) console.log(skipReason);

test.describe('desktop shell', () => {
  test.skip(!runtime.isInstalled, skipReason);
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    // A missing build is a failure, not a skip: the runtime is here, so the test must run.
    for (const built of ['dist-electron/main/index.js', 'dist-electron/preload/index.js', 'dist/renderer/index.html']) {
      expect(existsSync(path.join(repoRoot, built)), `${built} is missing; run \`npm run build\` first`).toBe(true);
    }
    app = await _electron.launch({ executablePath: runtime.executablePath, args: ['.'], cwd: repoRoot });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('loads the interface from app://local/index.html', async () => {
    expect(page.url()).toBe('app://local/index.html');
  });

  test('exposes exactly saveFile, openFile, appVersion and onLockRequest on window.api', async () => {
    // eslint-disable-next-line no-restricted-syntax -- this spec checks the preload's surface itself
    const keys = await page.evaluate(() => Object.keys(window.api ?? {}).sort());
    expect(keys).toEqual(['appVersion', 'onLockRequest', 'openFile', 'saveFile']);
  });

  test('answers appVersion over IPC with the package version', async () => {
    const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    // eslint-disable-next-line no-restricted-syntax -- this spec checks the preload's surface itself
    expect(await page.evaluate(() => window.api?.appVersion())).toBe(version);
  });

  test('gives the page no require and no process', async () => {
    const types = await page.evaluate(() => [typeof Reflect.get(globalThis, 'require'), typeof Reflect.get(globalThis, 'process')]);
    expect(types).toEqual(['undefined', 'undefined']);
  });

  test('refuses new windows', async () => {
    // eslint-disable-next-line no-restricted-syntax -- the test tries what the app never does, to see it refused
    expect(await page.evaluate(() => window.open('https://example.org/') === null)).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });

  test('cannot reach the network', async () => {
    const outcome = await page.evaluate(async () => {
      try {
        await fetch('https://example.org/');
        return 'reached';
      } catch {
        return 'failed';
      }
    });
    expect(outcome).toBe('failed');
  });

  // Last, because a navigation that slipped through would leave the page elsewhere.
  test('refuses to navigate away from the app', async () => {
    await page.evaluate(() => {
      window.location.href = 'https://example.org/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('app://local/index.html');
  });
});
