/**
 * The renderer's only door to the shell: named verbs on window.api, each one
 * invoke on one contract channel (or, for main's events, one listener on one channel).
 * ipcRenderer itself is never exposed.
 *
 * A sandboxed preload may require nothing but 'electron', so this file imports
 * only types from the contract, and the channel names are literals checked
 * against it by the compiler.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcChannel, IpcEvents, IpcRequest, IpcResult, PreloadApi } from '../shared/ipc-contract';

function invoke<C extends IpcChannel>(channel: C, ...request: IpcRequest<C> extends undefined ? [] : [IpcRequest<C>]): Promise<IpcResult<C>> {
  // ipcRenderer.invoke is typed Promise<any>; the contract fixes the result type and
  // main validates what it receives.
  return ipcRenderer.invoke(channel, ...request);
}

const api: PreloadApi = {
  saveFile: (request) => invoke('file-save', request),
  openFile: (request) => invoke('file-open', request),
  appVersion: () => invoke('app-version'),
  onLockRequest: (listener) => {
    // The event object (with its sender) stays here; the page gets only the reason.
    const onEvent = (_event: unknown, payload: IpcEvents['app-lock']) => listener(payload.reason);
    ipcRenderer.on('app-lock', onEvent);
    return () => {
      ipcRenderer.removeListener('app-lock', onEvent);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);
