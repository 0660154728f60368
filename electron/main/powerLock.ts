/**
 * Locks the app when the computer locks its screen or goes to sleep: main hears it from
 * powerMonitor (the renderer cannot) and tells every window through the contract's
 * 'app-lock' event; the renderer then drops its key and shows the unlock screen.
 */
import { BrowserWindow, powerMonitor } from 'electron';
import type { IpcEvents, LockReason } from '../shared/ipc-contract';

/** Sends 'app-lock' to every open window. */
export function requestLock(reason: LockReason): void {
  const payload: IpcEvents['app-lock'] = { reason };
  for (const window of BrowserWindow.getAllWindows()) {
    if (!window.isDestroyed()) window.webContents.send('app-lock', payload);
  }
}

/** Wires powerMonitor's lock-screen and suspend to requestLock; call after 'ready'. */
export function setupPowerLock(): void {
  powerMonitor.on('lock-screen', () => requestLock('lock-screen'));
  powerMonitor.on('suspend', () => requestLock('suspend'));
}
