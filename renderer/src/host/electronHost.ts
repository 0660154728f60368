/** The host inside the Electron window, over the preload's named verbs (window.api). */
import type { PreloadApi } from '../../../electron/shared/ipc-contract.ts';
import { safeFileName } from '../../../electron/shared/safeFileName.ts';
import type { Host } from './host.ts';

declare global {
  interface Window {
    api?: PreloadApi;
  }
}

export function electronHost(api: PreloadApi): Host {
  return {
    kind: 'electron',
    // Named here as well as in main: a long title would otherwise exceed the channel's
    // 200-character limit and the save would be refused. Main names it again (no change).
    saveFile: (suggestedName, kind, bytes) => api.saveFile({ suggestedName: safeFileName(suggestedName, kind), kind, bytes }),
    openFile: (kind) => api.openFile({ kind }),
    appVersion: () => api.appVersion(),
    onLockRequest: (listener) => api.onLockRequest(() => listener()),
  };
}

/** The preload API when running inside Electron, else undefined. */
export function preloadApi(): PreloadApi | undefined {
  return typeof window === 'undefined' ? undefined : window.api;
}
