/**
 * One running copy only: two copies would share one IndexedDB and could overwrite
 * each other's review files, so a second launch focuses the first and quits.
 */
import { app, type BrowserWindow } from 'electron';

type FocusableWindow = Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>;

/** Returns false (and quits) when another copy already holds the lock. */
export function setupSingleInstance(getWindow: () => FocusableWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  // The second copy's argv and working folder are ignored on purpose: a command
  // line must never become a file path the app opens.
  app.on('second-instance', () => {
    const window = getWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}
