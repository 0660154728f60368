/**
 * The fuse read-back, tried on stand-in binaries: a file holding Electron's fuse sentinel
 * and wire, flipped by @electron/fuses itself, so the check is exercised without Electron.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FuseVersion, flipFuses } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { builderConfig } from './builderConfig.ts';
import { FUSE_INDEX, findPackagedBinaries, fuseProblems } from './fuses.ts';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const scratch = mkdtempSync(path.join(os.tmpdir(), 'fuses-'));

/** A stand-in binary whose wire is Electron's default: run-as-node, NODE_OPTIONS, inspect and file:// privileges on. */
function fakeElectron(name: string, wire = '10110001'): string {
  const file = path.join(scratch, name);
  writeFileSync(file, Buffer.concat([Buffer.from('\x7fELF padding '), Buffer.from(SENTINEL), Buffer.from([1, wire.length]), Buffer.from(wire), Buffer.from(' more')]));
  return file;
}

describe('fuseProblems', () => {
  it('passes a binary flipped as the configuration says', async () => {
    const binary = fakeElectron('flipped');
    const fuses = Object.fromEntries(Object.entries(builderConfig.FUSES).map(([name, on]) => [FUSE_INDEX[name as keyof typeof FUSE_INDEX], on]));
    await flipFuses(binary, { version: FuseVersion.V1, ...fuses });
    expect(await fuseProblems(binary)).toEqual([]);
  });

  it('names every fuse of an unflipped Electron that is wrong', async () => {
    expect(await fuseProblems(fakeElectron('default'))).toEqual([
      'runAsNode is on, should be off',
      'enableCookieEncryption is off, should be on',
      'enableNodeOptionsEnvironmentVariable is on, should be off',
      'enableNodeCliInspectArguments is on, should be off',
      'enableEmbeddedAsarIntegrityValidation is off, should be on',
      'onlyLoadAppFromAsar is off, should be on',
      'grantFileProtocolExtraPrivileges is on, should be off',
    ]);
  });

  it('reports a fuse this Electron removed or does not have', async () => {
    const problems = await fuseProblems(fakeElectron('short', '0r'));
    expect(problems).toContain('enableCookieEncryption is removed from this Electron');
    expect(problems).toContain('grantFileProtocolExtraPrivileges is missing in this Electron');
  });

  it('refuses a file that is not Electron', async () => {
    const file = path.join(scratch, 'not-electron');
    writeFileSync(file, 'hello');
    await expect(fuseProblems(file)).rejects.toThrow(/sentinel/);
  });
});

describe('findPackagedBinaries', () => {
  it('finds the unpacked Linux and Windows builds electron-builder leaves in release/', () => {
    const release = path.join(scratch, 'release');
    mkdirSync(path.join(release, 'linux-unpacked'), { recursive: true });
    mkdirSync(path.join(release, 'win-unpacked'), { recursive: true });
    mkdirSync(path.join(release, 'mac-arm64', 'Local Review.app'), { recursive: true });
    writeFileSync(path.join(release, 'linux-unpacked', 'local-review'), '');
    writeFileSync(path.join(release, 'win-unpacked', 'Local Review.exe'), '');
    writeFileSync(path.join(release, 'Local Review-0.1.0.AppImage'), '');
    expect(findPackagedBinaries(release).map((file) => path.relative(release, file)).sort()).toEqual(
      [path.join('linux-unpacked', 'local-review'), path.join('mac-arm64', 'Local Review.app'), path.join('win-unpacked', 'Local Review.exe')]);
  });

  it('finds nothing where nothing was packaged', () => {
    expect(findPackagedBinaries(path.join(scratch, 'absent'))).toEqual([]);
  });
});

describe('the packaged builds in release/', () => {
  const builds = findPackagedBinaries('release');
  if (builds.length === 0) console.log('Skipped reading fuses from release/: nothing has been packaged on this machine (npm run package needs Electron\'s binaries).');
  it.skipIf(builds.length === 0)('every one has each fuse as configured', async () => {
    for (const binary of builds) expect(await fuseProblems(binary), binary).toEqual([]);
  });
});
