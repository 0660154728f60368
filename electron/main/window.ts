/** Creates the one main window and remembers it for focus and dialog ownership. */
import { app, BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './appOrigin';
import { attachContextMenu } from './contextMenu';
import { secureWebPreferences } from './security';

let mainWindow: BrowserWindow | null = null;

/** The main window, or null before it exists and after it closes. */
export function getMainWindow(): BrowserWindow | null {
  return mainWindow;
}

/** Opens the main window on app://local/index.html; shown once painted to avoid a white flash. */
export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: 'Local Review',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(app.getAppPath(), app.isPackaged),
  });
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  attachContextMenu(window.webContents);
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('Local Review could not load its interface', error);
  });
  return window;
}
