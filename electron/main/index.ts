/** Entry point of the desktop shell: it only wires the setup steps, in the order Electron needs. */
import { app, session } from 'electron';
import { setupIpc } from './ipc';
import { setupLifecycle } from './lifecycle';
import { setupMenu } from './menu';
import { setupPowerLock } from './powerLock';
import { registerAppScheme, setupProtocol } from './protocol';
import { setupWebContentsGuards } from './security';
import { setupSessionGuards } from './session';
import { setupSingleInstance } from './singleInstance';
import { setupSpellcheck } from './spellcheck';
import { createMainWindow, getMainWindow } from './window';

async function whenReady(): Promise<void> {
  // Guards first: no window may exist before the network block and permission denials.
  setupSessionGuards(session.defaultSession);
  setupProtocol();
  setupSpellcheck(session.defaultSession, process.resourcesPath, app.getPath('userData')).catch((error: unknown) => {
    console.error('Local Review could not empty the custom dictionary', error);
  });
  setupIpc();
  setupMenu();
  setupPowerLock();
  setupLifecycle(createMainWindow);
  createMainWindow();
}

if (setupSingleInstance(getMainWindow)) {
  registerAppScheme(); // before 'ready', or Chromium treats app:// as an unknown scheme
  setupWebContentsGuards(); // before any web page exists
  app.whenReady().then(whenReady).catch((error: unknown) => {
    // Better no app than one running with half its guards.
    console.error('Local Review failed to start', error);
    app.exit(1);
  });
}
