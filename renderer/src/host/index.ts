/** Picks the host for this runtime: Electron when the preload exposed its API, else the browser. */
import { browserHost } from './browserHost.ts';
import { electronHost, preloadApi } from './electronHost.ts';
import type { Host } from './host.ts';

export type { Host, SaveOutcome, OpenOutcome, FileKind } from './host.ts';

let current: Host | undefined;

export function getHost(): Host {
  if (!current) {
    const api = preloadApi();
    current = api ? electronHost(api) : browserHost;
  }
  return current;
}
