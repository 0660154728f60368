import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronMock, FakeBrowserWindow, resetElectronMock } from '../test-support/electronMock';
import { secureWebPreferences } from './security';
import { createMainWindow, getMainWindow } from './window';

vi.mock('electron', () => import('../test-support/electronMock').then((m) => m.electronModule()));

beforeEach(() => resetElectronMock());

function createFake(): FakeBrowserWindow {
  createMainWindow();
  const window = FakeBrowserWindow.instances[0];
  if (!window) throw new Error('no window was created');
  return window;
}

describe('createMainWindow', () => {
  it('uses the secure webPreferences for this app folder', () => {
    electronMock.state.current.appPath = '/opt/local-review';
    expect(createFake().options.webPreferences).toEqual(secureWebPreferences('/opt/local-review', true));
  });

  it('loads app://local/index.html, never a file:// URL', () => {
    const window = createFake();
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('app://local/index.html');
  });

  it('is shown only once painted', () => {
    const window = createFake();
    expect(window.options.show).toBe(false);
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('attaches the spelling context menu', () => {
    expect(createFake().webContents.listenerCount('context-menu')).toBe(1);
  });

  it('is remembered until it closes', () => {
    const window = createFake();
    expect(getMainWindow()).toBe(window);
    window.emit('closed');
    expect(getMainWindow()).toBeNull();
  });
});
