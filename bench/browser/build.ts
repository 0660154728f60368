/**
 * The browser half measures the built renderer (dist/renderer), as the app ships it, so
 * it builds first when there is no build or when any source is newer than the build. A
 * fresh clone therefore needs no separate `vite build`.
 */
import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Everything the renderer bundle is built from (it imports templates and electron/shared). */
export const BUILD_INPUTS = ['renderer', 'templates', 'electron/shared', 'vite.config.ts', 'package.json', 'package-lock.json'];

/** Newest modification time (ms) of a file or of any file under a folder; 0 when absent. */
export function newestChange(target: string): number {
  if (!existsSync(target)) return 0;
  const info = statSync(target);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestChange(path.join(target, entry)));
  return newest;
}

/** A build is stale when it is missing or older than its newest input. */
export function isStale(builtAt: number | undefined, inputsChangedAt: number): boolean {
  return builtAt === undefined || builtAt < inputsChangedAt;
}

/** Builds dist/renderer with the repository's Vite config when it is missing or stale. */
export async function ensureRendererBuild(root: string, log: (line: string) => void): Promise<string> {
  const out = path.join(root, 'dist/renderer');
  const index = path.join(out, 'index.html');
  const builtAt = existsSync(index) ? statSync(index).mtimeMs : undefined;
  const changedAt = Math.max(...BUILD_INPUTS.map((input) => newestChange(path.join(root, input))));
  if (!isStale(builtAt, changedAt)) {
    log('Renderer build is up to date (dist/renderer).');
    return out;
  }
  log(builtAt === undefined ? 'No renderer build yet: building dist/renderer…' : 'Renderer sources changed since the last build: rebuilding dist/renderer…');
  const { build } = await import('vite');
  // A worktree that links node_modules from elsewhere would otherwise have Sass resolve
  // GOV.UK's assets through the link, and the built CSS would point outside the build.
  const linked = lstatSync(path.join(root, 'node_modules'), { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
  await build({
    configFile: path.join(root, 'vite.config.ts'),
    root: path.join(root, 'renderer'),
    logLevel: 'warn',
    ...(linked && { resolve: { preserveSymlinks: true } }),
  });
  return out;
}
