/**
 * Window defaults and guards that hold for every web page Electron creates, so a
 * compromised renderer cannot reach Node, navigate away, open windows or embed content.
 */
import path from 'node:path';
import { app, type WebContents, type WebPreferences } from 'electron';

/** The webPreferences every window gets; paths come from the app folder, not __dirname. */
export function secureWebPreferences(appPath: string, isPackaged: boolean): WebPreferences {
  return {
    preload: path.join(appPath, 'dist-electron', 'preload', 'index.js'),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: true,
    navigateOnDragDrop: false,
    // Chromium's experimental web platform features and named Blink features stay off:
    // they are untested surface, and no Blink feature is ever switched on (checklist.test.ts).
    experimentalFeatures: false,
    // DevTools would let anyone at the keyboard read the database; development only.
    devTools: !isPackaged,
  };
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Denies navigation, redirects, new windows, webviews and device pickers on one
 * web page. The UI is a single page that never needs to leave app://local/index.html.
 */
export function guardWebContents(contents: GuardedContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  // Subframes too; the CSP already forbids frames, this covers a policy mistake.
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Links are not opened in a browser either: the app is offline by design.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // Unhandled, Electron would pick the first Bluetooth device on the page's behalf.
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
}

/** Applies guardWebContents to every web page, including ones created later. */
export function setupWebContentsGuards(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}
