/**
 * The renderer's only door to the shell: named verbs on window.api, each one
 * invoke on one contract channel. ipcRenderer itself is never exposed.
 *
 * A sandboxed preload may require nothing but 'electron', so this file imports
 * only types from the contract, and the channel names are literals checked
 * against it by the compiler.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcChannel, IpcRequest, IpcResult, PreloadApi } from '../shared/ipc-contract';

function invoke<C extends IpcChannel>(channel: C, ...request: IpcRequest<C> extends undefined ? [] : [IpcRequest<C>]): Promise<IpcResult<C>> {
  // ipcRenderer.invoke is typed Promise<any>; the contract fixes the result type and
  // main validates what it receives.
  return ipcRenderer.invoke(channel, ...request);
}

const api: PreloadApi = {
  saveFile: (request) => invoke('file-save', request),
  openFile: (request) => invoke('file-open', request),
  appVersion: () => invoke('app-version'),
};

contextBridge.exposeInMainWorld('api', api);
