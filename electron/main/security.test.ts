import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronMock, FakeWebContents, resetElectronMock } from '../test-support/electronMock';
import { guardWebContents, secureWebPreferences, setupWebContentsGuards } from './security';

vi.mock('electron', () => import('../test-support/electronMock').then((m) => m.electronModule()));

beforeEach(() => resetElectronMock());

describe('secureWebPreferences', () => {
  const preferences = secureWebPreferences('/opt/local-review', true);

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['spellcheck', true],
    ['navigateOnDragDrop', false],
  ] as const)('sets %s to %s', (key, value) => {
    expect(preferences[key]).toBe(value);
  });

  it('loads the preload from the app folder, not from __dirname', () => {
    expect(preferences.preload).toBe(path.join('/opt/local-review', 'dist-electron/preload/index.js'));
  });

  it('allows DevTools only in development builds', () => {
    expect(secureWebPreferences('/app', true).devTools).toBe(false);
    expect(secureWebPreferences('/app', false).devTools).toBe(true);
  });
});

function cancellable(): { preventDefault: ReturnType<typeof vi.fn> } {
  return { preventDefault: vi.fn() };
}

describe('guardWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview'])(
    'prevents %s',
    (eventName) => {
      const contents = new FakeWebContents();
      // The cast stands in for Electron's WebContents, whose full type the fake does not implement.
      guardWebContents(contents as unknown as Parameters<typeof guardWebContents>[0]);
      const event = cancellable();
      contents.emit(eventName, event, 'https://evil.example/');
      expect(event.preventDefault).toHaveBeenCalledOnce();
    },
  );

  it('denies every new window', () => {
    const contents = new FakeWebContents();
    guardWebContents(contents as unknown as Parameters<typeof guardWebContents>[0]);
    const handler = contents.setWindowOpenHandler.mock.calls[0]?.[0];
    expect(handler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'app://local/index.html' })).toEqual({ action: 'deny' });
  });

  it('cancels Bluetooth device selection instead of picking the first device', () => {
    const contents = new FakeWebContents();
    guardWebContents(contents as unknown as Parameters<typeof guardWebContents>[0]);
    const event = cancellable();
    const callback = vi.fn();
    contents.emit('select-bluetooth-device', event, [{ deviceId: 'a', deviceName: 'Headset' }], callback);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(callback).toHaveBeenCalledWith('');
  });
});

describe('setupWebContentsGuards', () => {
  it('guards every web page created after setup', () => {
    setupWebContentsGuards();
    const contents = new FakeWebContents();
    electronMock.app.emit('web-contents-created', {}, contents);
    const event = cancellable();
    contents.emit('will-navigate', event, 'https://evil.example/');
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
  });
});
