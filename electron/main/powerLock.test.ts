import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronMock, FakeBrowserWindow, resetElectronMock } from '../test-support/electronMock';
import { setupPowerLock } from './powerLock';

vi.mock('electron', () => import('../test-support/electronMock').then((m) => m.electronModule()));

const { powerMonitor } = electronMock;

beforeEach(() => resetElectronMock());

describe('setupPowerLock', () => {
  it.each(['lock-screen', 'suspend'] as const)('asks every open window to lock on %s', (reason) => {
    const first = new FakeBrowserWindow({});
    const second = new FakeBrowserWindow({});
    setupPowerLock();
    powerMonitor.emit(reason);
    for (const window of [first, second]) {
      expect(window.webContents.send).toHaveBeenCalledExactlyOnceWith('app-lock', { reason });
    }
  });

  it('sends nothing to a closed window', () => {
    const closed = new FakeBrowserWindow({});
    closed.closed = true;
    setupPowerLock();
    powerMonitor.emit('lock-screen');
    expect(closed.webContents.send).not.toHaveBeenCalled();
  });

  it('sends nothing before the computer locks or sleeps', () => {
    const window = new FakeBrowserWindow({});
    setupPowerLock();
    powerMonitor.emit('resume');
    powerMonitor.emit('unlock-screen');
    expect(window.webContents.send).not.toHaveBeenCalled();
  });
});
