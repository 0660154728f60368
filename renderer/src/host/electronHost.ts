/** The host inside the Electron window, over the preload's named verbs (window.api). */
import type { PreloadApi } from '../../../electron/shared/ipc-contract.ts';
import type { Host } from './host.ts';

declare global {
  interface Window {
    api?: PreloadApi;
  }
}

export function electronHost(api: PreloadApi): Host {
  return {
    kind: 'electron',
    saveFile: (suggestedName, kind, bytes) => api.saveFile({ suggestedName, kind, bytes }),
    openFile: (kind) => api.openFile({ kind }),
    appVersion: () => api.appVersion(),
    onLockRequest: (listener) => api.onLockRequest(() => listener()),
  };
}

/** The preload API when running inside Electron, else undefined. */
export function preloadApi(): PreloadApi | undefined {
  return typeof window === 'undefined' ? undefined : window.api;
}
