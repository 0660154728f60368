/** Platform-standard window lifecycle: macOS keeps the app alive and reopens on activate. */
import { app, BrowserWindow } from 'electron';

/** Quits when the last window closes (except on macOS) and reopens a window on activate. */
export function setupLifecycle(createWindow: () => void, platform: NodeJS.Platform = process.platform): void {
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}
