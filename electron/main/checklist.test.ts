/**
 * Electron's security checklist, the items no single module owns: every window keeps
 * experimental and Blink features off, and nothing opens URLs or other programs.
 * Static checks read the sources, so a window or a call added later is caught too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, resetElectronMock } from '../test-support/electronMock';
import { secureWebPreferences } from './security';
import { createMainWindow } from './window';

vi.mock('electron', () => import('../test-support/electronMock').then((m) => m.electronModule()));

beforeEach(() => resetElectronMock());

/** Every source file under `dir` (tests and node_modules left out). */
function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|js|mjs|cjs)$/.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.includes('node_modules') && !file.includes('test-support'));
}
const APP_SOURCES = [...sources('electron'), ...sources('renderer/src')];

describe('experimentalFeatures and enableBlinkFeatures stay off', () => {
  it.each([true, false])('in the shared webPreferences (packaged: %s)', (isPackaged) => {
    const preferences = secureWebPreferences('/opt/local-review', isPackaged);
    expect(preferences.experimentalFeatures).toBe(false);
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('in the main window as created', () => {
    createMainWindow();
    for (const window of FakeBrowserWindow.instances) {
      const preferences = window.options.webPreferences as Record<string, unknown>;
      expect(preferences.experimentalFeatures).toBe(false);
      expect(preferences).not.toHaveProperty('enableBlinkFeatures');
    }
  });

  it('every BrowserWindow in the sources takes the shared webPreferences', () => {
    const windows = APP_SOURCES.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(/new BrowserWindow\(/g)].map((match) => ({ file, options: text.slice(match.index, match.index + 600) }));
    });
    expect(windows.length).toBeGreaterThan(0);
    for (const { file, options } of windows) expect(options, file).toMatch(/webPreferences: secureWebPreferences\(/);
  });

  it('no source turns either on', () => {
    const offenders = APP_SOURCES.filter((file) => /enableBlinkFeatures|experimentalFeatures:\s*true/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('nothing opens URLs or other programs', () => {
  it('no source mentions shell.openExternal, openPath or showItemInFolder', () => {
    const offenders = [...APP_SOURCES, ...sources('scripts')].filter((file) => /openExternal|openPath|showItemInFolder/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  const eslint = new ESLint();
  const lint = async (code: string, file: string): Promise<string[]> => {
    const [result] = await eslint.lintText(code, { filePath: path.resolve(file) });
    return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
  };

  it.each([
    ['electron/main/opener.ts', "import { shell } from 'electron';\nexport const go = (url: string) => shell.openExternal(url);\n"],
    ['electron/main/opener.ts', "import * as electron from 'electron';\nexport const go = (file: string) => electron.shell.openPath(file);\n"],
    ['renderer/src/features/opener.ts', "export const go = (url: string) => window.open(url);\n"],
    ['renderer/src/features/opener.ts', "export const go = (url: string) => open(url);\n"],
    ['renderer/src/host/electronHost.ts', "export const go = (url: string) => window.open(url);\n"],
  ])('the lint rule refuses an opener in %s', async (file, code) => {
    const messages = await lint(code, file);
    expect(messages.some((message) => /never opens/.test(message)), messages.join('\n')).toBe(true);
  }, 30_000);

  it('the lint rule leaves a local function named open alone', async () => {
    const messages = await lint("const open = (x: number) => x;\nexport const y = open(1);\n", 'renderer/src/features/opener.ts');
    expect(messages).toEqual([]);
  }, 30_000);
});
