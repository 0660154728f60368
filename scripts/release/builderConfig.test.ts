/**
 * The packager's configuration, tested where nothing can be packaged: electron-builder's own
 * schema and file matcher judge it, and every fuse, target, updater and file rule is pinned.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builderConfig } from './builderConfig.ts';
import { ARCHES } from './preflight.ts';

const require = createRequire(import.meta.url);
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as { validateConfiguration: (config: unknown, logger: unknown) => Promise<void> };
const { FileMatcher } = require('app-builder-lib/out/fileMatcher.js') as { FileMatcher: new (from: string, to: string, expand: (s: string) => string, patterns: string[]) => { createFilter(): (file: string, stat: { isDirectory(): boolean }) => boolean } };
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const config = builderConfig.buildConfig({});
type Target = { target: string; arch: string[] };

describe('electron-builder.config.cjs', () => {
  it('is valid by electron-builder’s own schema, and the file electron-builder loads is the same config', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(builderConfig()).toEqual(builderConfig.buildConfig(process.env));
  });

  it('names the product and app id', () => {
    expect(config.productName).toBe('Local Review');
    expect(config.appId).toBe('uk.org.localreview.workbench');
  });

  it('flips every fuse, each the safe way', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    // onlyLoadAppFromAsar and integrity validation mean nothing without an asar.
    expect(config.asar).toBe(true);
  });

  it('builds MSI and NSIS for Windows, dmg for macOS, AppImage and deb for Linux', () => {
    const targets = (options: { target?: unknown } | null | undefined) => (options?.target as Target[]).map((t) => `${t.target}:${t.arch.join('+')}`);
    expect(targets(config.win)).toEqual(['msi:x64', 'nsis:x64']);
    expect(targets(config.mac)).toEqual(['dmg:x64+arm64']);
    expect(targets(config.linux)).toEqual(['AppImage:x64', 'deb:x64']);
    // The package script's preflight looks for exactly these Electron zips.
    expect(ARCHES).toEqual({ win: { platform: 'win32', arches: ['x64'] }, mac: { platform: 'darwin', arches: ['x64', 'arm64'] }, linux: { platform: 'linux', arches: ['x64'] } });
  });

  it('installs the MSI per machine with a fixed upgrade code, so each version upgrades the last in place', () => {
    expect(config.msi?.perMachine).toBe(true);
    expect(config.msi?.upgradeCode).toBe('203bf6aa-06a8-49db-9e54-c193bf113689');
    expect(config.nsis?.perMachine).toBe(true);
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
  });

  it('has no updater and no crash reporting', () => {
    expect(config.publish).toBeNull();
    expect(config.detectUpdateChannel).toBe(false);
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    expect(Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })).not.toContain('electron-updater');
    const shell = ['main/index.ts', 'main/window.ts', 'main/lifecycle.ts', 'main/session.ts'].map((file) => readFileSync(path.join('electron', file), 'utf8')).join('\n');
    expect(shell).not.toMatch(/autoUpdater|crashReporter/);
  });

  it('bundles the en-GB dictionaries and the icons', () => {
    expect(config.extraResources).toEqual([{ from: 'build/dictionaries', to: 'dictionaries', filter: ['en-GB-*.bdic', 'LICENSE*'] }]);
    expect(config.win?.icon).toBe('build/icons/256x256.png');
    expect(config.mac?.icon).toBe('build/icons/1024x1024.png');
    expect(config.linux?.icon).toBe('build/icons');
  });

  describe('files', () => {
    const filter = new FileMatcher('/app', '/out', (s) => s, config.files as string[]).createFilter();
    const included = (file: string) => filter(`/app/${file}`, { isDirectory: () => false });

    it.each(['package.json', 'dist/renderer/index.html', 'dist/renderer/assets/index-abc123.js', 'dist-electron/main/index.js', 'dist-electron/preload/index.js', 'dist-electron/package.json'])(
      'ships %s', (file) => expect(included(file)).toBe(true));

    it.each([
      'dist/renderer/assets/index-abc123.js.map', 'dist-electron/main/index.js.map', 'node_modules/zod/index.js.map',
      'dist-electron/main/window.test.js', 'dist-electron/test-support/electronMock.js', 'electron/main/index.ts',
      'renderer/src/main.tsx', 'test/e2e/app.ts', 'scripts/release/package.ts', '.env', '.env.local', 'dist/renderer/.env', 'dist-electron/.env.production', 'docs/security.md',
      'templates/samples/sallowmere.review.json', 'bench/run.ts', 'build/icon.svg',
    ])('leaves out %s', (file) => expect(included(file)).toBe(false));
  });

  describe('signing comes from the environment only', () => {
    it('is unsigned, with no certificate details, when nothing is set', () => {
      expect(config.win).not.toHaveProperty('signtoolOptions');
      expect(config.mac?.notarize).toBe(false);
      expect(JSON.stringify(config)).not.toMatch(/password|secret|token|BEGIN /i);
    });

    it('takes a Windows certificate thumbprint, subject, timestamp server and publisher from LOCAL_REVIEW_* variables', () => {
      const signed = builderConfig.buildConfig({
        LOCAL_REVIEW_WIN_CERT_SHA1: 'ab12', LOCAL_REVIEW_WIN_CERT_SUBJECT: 'Example Council', LOCAL_REVIEW_WIN_TIMESTAMP_URL: 'http://timestamp.example', LOCAL_REVIEW_WIN_PUBLISHER: 'Example Council',
      });
      expect(signed.win?.signtoolOptions).toEqual({ signingHashAlgorithms: ['sha256'], certificateSha1: 'ab12', certificateSubjectName: 'Example Council', rfc3161TimeStampServer: 'http://timestamp.example', publisherName: 'Example Council' });
    });

    it('notarises on macOS when Apple’s team id is set', () => {
      expect(builderConfig.buildConfig({ APPLE_TEAM_ID: 'TEAM1' }).mac?.notarize).toBe(true);
    });
  });

  it('is never run by CI or the test suite: packaging needs downloads this kind of machine cannot make', () => {
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).not.toMatch(/npm run package|electron-builder/);
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const name of ['test', 'unit', 'e2e', 'build', 'typecheck', 'lint']) expect(scripts[name], name).not.toMatch(/package|electron-builder/);
  });
});
