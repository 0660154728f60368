/**
 * Reads Electron's fuses back from a packaged binary and compares them with the packager's
 * configuration, so a build whose fuses were not flipped (or were flipped back) is caught.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { builderConfig, type FuseName } from './builderConfig.ts';

/** Config name → the fuse's index in the wire, as @electron/fuses numbers them. */
export const FUSE_INDEX: Record<FuseName, FuseV1Options> = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
};

/** How a fuse's byte reads in the wire ('1', '0', 'r'); @electron/fuses does not export its enum. */
const STATE = { enabled: '1'.charCodeAt(0), disabled: '0'.charCodeAt(0), removed: 'r'.charCodeAt(0) } as const;

/** Each way the binary's fuses differ from the configuration, in plain words; empty when they match. */
export async function fuseProblems(binary: string, expected: Record<FuseName, boolean> = builderConfig.FUSES): Promise<string[]> {
  const wire = await getCurrentFuseWire(binary);
  const problems: string[] = [];
  for (const [name, wanted] of Object.entries(expected) as [FuseName, boolean][]) {
    const state = wire[FUSE_INDEX[name]] as number | undefined;
    const actual = state === STATE.enabled ? true : state === STATE.disabled ? false : undefined;
    if (actual === undefined) problems.push(`${name} is ${state === STATE.removed ? 'removed from' : 'missing in'} this Electron`);
    else if (actual !== wanted) problems.push(`${name} is ${actual ? 'on' : 'off'}, should be ${wanted ? 'on' : 'off'}`);
  }
  return problems;
}

/**
 * The Electron binaries electron-builder leaves unpacked under `releaseDir`
 * (linux-unpacked, win-unpacked, mac*), one per platform and architecture built.
 */
export function findPackagedBinaries(releaseDir: string): string[] {
  if (!existsSync(releaseDir)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(releaseDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = path.join(releaseDir, entry.name);
    const candidates = /^linux.*unpacked$/.test(entry.name)
      ? [path.join(dir, 'local-review')]
      : /^win.*unpacked$/.test(entry.name)
        ? [path.join(dir, 'Local Review.exe')]
        : entry.name.startsWith('mac') ? [path.join(dir, 'Local Review.app')] : [];
    found.push(...candidates.filter((candidate) => existsSync(candidate)));
  }
  return found;
}
