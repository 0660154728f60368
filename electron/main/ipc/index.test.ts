import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronMock, resetElectronMock } from '../../test-support/electronMock';
import { invokeChannel, invokeEvent, trustedFrame } from '../../test-support/ipc';
import { setupIpc } from './index';

vi.mock('electron', () => import('../../test-support/electronMock').then((m) => m.electronModule()));

const { ipcMain } = electronMock;

beforeEach(() => {
  resetElectronMock();
  setupIpc();
});

describe('setupIpc', () => {
  it('registers exactly one ipcMain.handle per contract channel and no listeners', () => {
    expect(ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(['app-version', 'file-open', 'file-save']);
    expect(ipcMain.on).not.toHaveBeenCalled();
  });
});

describe('app-version', () => {
  it('answers app.getVersion() to the app', async () => {
    electronMock.state.current.version = '2.0.1';
    await expect(invokeChannel('app-version', invokeEvent(trustedFrame()))).resolves.toBe('2.0.1');
  });

  it('refuses a subframe and a payload', async () => {
    await expect(invokeChannel('app-version', invokeEvent({ ...trustedFrame(), parent: trustedFrame() }))).rejects.toThrow(/IPC refused/);
    await expect(invokeChannel('app-version', invokeEvent(trustedFrame()), {})).rejects.toThrow(/Invalid app-version request/);
    expect(electronMock.app.getVersion).not.toHaveBeenCalled();
  });
});
