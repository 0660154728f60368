/**
 * What packaging needs that `npm ci` does not bring, checked before anything is built, so
 * a machine that cannot package says why in plain words instead of failing half-way.
 */
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type TargetPlatform = 'win' | 'mac' | 'linux';

/** The Electron zips electron-builder needs per platform (architectures we ship). */
export const ARCHES: Record<TargetPlatform, { platform: string; arches: string[] }> = {
  win: { platform: 'win32', arches: ['x64'] },
  mac: { platform: 'darwin', arches: ['x64', 'arm64'] },
  linux: { platform: 'linux', arches: ['x64'] },
};

export const ICON_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024] as const;

/** Where @electron/get keeps downloaded zips (ELECTRON_CACHE, or the OS's cache folder). */
export function electronCacheDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform, home = os.homedir()): string {
  if (env.ELECTRON_CACHE) return env.ELECTRON_CACHE;
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'electron');
  if (platform === 'win32') return path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'electron', 'Cache');
  return path.join(env.XDG_CACHE_HOME ?? path.join(home, '.cache'), 'electron');
}

/** True if `name` is in `dir` or one folder down (@electron/get files zips under a hash). */
function inCache(dir: string, name: string): boolean {
  if (!existsSync(dir)) return false;
  return readdirSync(dir, { withFileTypes: true }).some((entry) =>
    entry.name === name || (entry.isDirectory() && existsSync(path.join(dir, entry.name, name))));
}

export interface PreflightInput {
  root: string;
  targets: TargetPlatform[];
  electronVersion: string;
  cacheDir: string;
  /** Whether Electron's download host answers at all (a DNS lookup; false offline). */
  canReachDownloads: () => Promise<boolean>;
}

/** Every reason packaging cannot go ahead, in plain words; empty when it can. */
export async function preflightProblems({ root, targets, electronVersion, cacheDir, canReachDownloads }: PreflightInput): Promise<string[]> {
  const problems: string[] = [];
  const missingIcons = ICON_SIZES.map((size) => `build/icons/${size}x${size}.png`).filter((file) => !existsSync(path.join(root, file)));
  if (missingIcons.length > 0) problems.push(`Icons missing: ${missingIcons.join(', ')}. Run \`npm run icons\`.`);
  const dictionaries = path.join(root, 'build', 'dictionaries');
  const hasDictionary = existsSync(dictionaries) && readdirSync(dictionaries).some((name) => /^en-GB-[\d-]+\.bdic$/.test(name));
  if (!hasDictionary) {
    problems.push('No en-GB spelling dictionary in build/dictionaries/. Copy en-GB-*.bdic (and its licence) from the ' +
      `hunspell_dictionaries.zip published with Electron ${electronVersion}'s release; see docs/guide/it.md.`);
  }
  const zips = targets.flatMap((target) => ARCHES[target].arches.map((arch) => `electron-v${electronVersion}-${ARCHES[target].platform}-${arch}.zip`));
  const missingZips = zips.filter((zip) => !inCache(cacheDir, zip));
  if (missingZips.length > 0 && !(await canReachDownloads())) {
    problems.push(`Electron's binaries cannot be downloaded on this machine (no network route to github.com), and ` +
      `${missingZips.join(', ')} ${missingZips.length === 1 ? 'is' : 'are'} not in Electron's cache (${cacheDir}). ` +
      'Package on a machine with internet access, or place those files in that folder (or set ELECTRON_CACHE).');
  }
  return problems;
}
