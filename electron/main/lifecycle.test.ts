import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronMock, FakeBrowserWindow, resetElectronMock } from '../test-support/electronMock';
import { setupLifecycle } from './lifecycle';

vi.mock('electron', () => import('../test-support/electronMock').then((m) => m.electronModule()));

const { app } = electronMock;

beforeEach(() => resetElectronMock());

describe('setupLifecycle', () => {
  it('quits when the last window closes on Windows and Linux', () => {
    setupLifecycle(vi.fn(), 'win32');
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledOnce();
  });

  it('stays running when the last window closes on macOS', () => {
    setupLifecycle(vi.fn(), 'darwin');
    app.emit('window-all-closed');
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('reopens a window on activate when none is open', () => {
    const createWindow = vi.fn();
    setupLifecycle(createWindow, 'darwin');
    app.emit('activate');
    expect(createWindow).toHaveBeenCalledOnce();
  });

  it('does not open a second window on activate', () => {
    const createWindow = vi.fn();
    new FakeBrowserWindow({});
    setupLifecycle(createWindow, 'darwin');
    app.emit('activate');
    expect(createWindow).not.toHaveBeenCalled();
  });
});
