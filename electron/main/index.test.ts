import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronMock, FakeBrowserWindow, resetElectronMock } from '../test-support/electronMock';

vi.mock('electron', () => import('../test-support/electronMock').then((m) => m.electronModule()));

const { app, ipcMain, protocol, session } = electronMock;
const ses = session.defaultSession;

/** Runs main/index.ts afresh, as Electron does on launch. */
async function launch(): Promise<void> {
  vi.resetModules();
  await import('./index');
}

/** Lets app.whenReady() resolve and the setup chain run to the end. */
async function becomeReady(): Promise<void> {
  electronMock.state.current.resolveReady();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeEach(() => {
  resetElectronMock();
  // Electron sets this on its process object; plain Node has none.
  Object.defineProperty(process, 'resourcesPath', { value: '/opt/local-review/resources', configurable: true });
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('main entry', () => {
  it('quits and wires nothing when another copy is running', async () => {
    electronMock.state.current.hasLock = false;
    await launch();
    await becomeReady();
    expect(app.quit).toHaveBeenCalledOnce();
    expect(protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(ipcMain.handle).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('registers app:// and the web-contents guards before ready', async () => {
    await launch();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(app.listenerCount('web-contents-created')).toBe(1);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('opens app://local/index.html only after the guards, protocol and IPC are in place', async () => {
    await launch();
    await becomeReady();
    const window = FakeBrowserWindow.instances[0];
    expect(window?.loadURL).toHaveBeenCalledWith('app://local/index.html');
    const opened = window?.loadURL.mock.invocationCallOrder[0] ?? 0;
    for (const setup of [ses.webRequest.onBeforeRequest, ses.setPermissionRequestHandler, ses.setPermissionCheckHandler,
      protocol.handle, ses.setSpellCheckerDictionaryDownloadURL, ipcMain.handle]) {
      expect(setup.mock.invocationCallOrder[0]).toBeLessThan(opened);
    }
    expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1);
    expect(app.exit).not.toHaveBeenCalled();
  });

  it('empties the custom dictionary and installs the menu on startup', async () => {
    electronMock.state.current.dictionaryWords = ['Okonkwo'];
    await launch();
    await becomeReady();
    expect(ses.removeWordFromSpellCheckerDictionary).toHaveBeenCalledWith('Okonkwo');
    expect(electronMock.Menu.setApplicationMenu).toHaveBeenCalledOnce();
  });

  it('listens for the screen locking and the computer sleeping once ready, not before', async () => {
    const { powerMonitor } = electronMock;
    await launch();
    expect(powerMonitor.listenerCount('lock-screen')).toBe(0);
    await becomeReady();
    expect(powerMonitor.listenerCount('lock-screen')).toBe(1);
    expect(powerMonitor.listenerCount('suspend')).toBe(1);
    powerMonitor.emit('suspend');
    expect(FakeBrowserWindow.instances[0]?.webContents.send).toHaveBeenCalledWith('app-lock', { reason: 'suspend' });
  });

  it('exits without a window when a guard cannot be installed', async () => {
    ses.setPermissionRequestHandler.mockImplementationOnce(() => {
      throw new Error('session unavailable');
    });
    await launch();
    await becomeReady();
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });
});
