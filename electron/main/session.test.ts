import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronMock, resetElectronMock } from '../test-support/electronMock';
import { matchesPattern } from '../test-support/matchPattern';
import { BLOCKED_URL_PATTERNS, setupSessionGuards } from './session';
import { APP_ENTRY_URL, APP_ORIGIN } from './appOrigin';

vi.mock('electron', () => import('../test-support/electronMock').then((m) => m.electronModule()));

const ses = electronMock.session.defaultSession;
// The fake implements only what the guards call; Electron's Session type is far larger.
const guard = (): void => setupSessionGuards(ses as unknown as Parameters<typeof setupSessionGuards>[0]);

beforeEach(() => {
  resetElectronMock();
  guard();
});

const PERMISSIONS = ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write',
  'fullscreen', 'openExternal', 'fileSystem', 'hid', 'serial', 'usb', 'persistent-storage', 'unknown'];

describe('permissions on the default session', () => {
  it.each(PERMISSIONS)('refuses a request for %s', (permission) => {
    const handler = ses.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    const callback = vi.fn();
    handler({}, permission, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it.each(PERMISSIONS)('answers a check for %s with false', (permission) => {
    const handler = ses.setPermissionCheckHandler.mock.calls[0]?.[0] as (contents: unknown, permission: string) => boolean;
    expect(handler({}, permission)).toBe(false);
  });

  type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details?: { requestingUrl: string; isMainFrame: boolean }) => void;
  const request = (permission: string, requestingUrl: string): boolean => {
    const handler = ses.setPermissionRequestHandler.mock.calls[0]?.[0] as RequestHandler;
    const callback = vi.fn();
    handler({}, permission, callback, { requestingUrl, isMainFrame: true });
    expect(callback).toHaveBeenCalledOnce();
    return callback.mock.calls[0]?.[0] as boolean;
  };
  const check = (permission: string, origin: string): boolean =>
    (ses.setPermissionCheckHandler.mock.calls[0]?.[0] as (contents: unknown, permission: string, origin: string, details: unknown) => boolean)({}, permission, origin, { isMainFrame: true });

  it('grants persistent storage to the app’s own pages, so reviews are never evicted', () => {
    expect(request('persistent-storage', APP_ENTRY_URL)).toBe(true);
    expect(request('persistent-storage', `${APP_ORIGIN}/index.html#/reviews`)).toBe(true);
    expect(check('persistent-storage', APP_ORIGIN)).toBe(true);
  });

  it.each(['https://example.org/', 'http://127.0.0.1:4173/', 'app://evil/index.html', 'app://local.evil/', 'app://user@local/', 'file:///index.html', 'not a url'])(
    'refuses persistent storage to %s',
    (url) => {
      expect(request('persistent-storage', url)).toBe(false);
      expect(check('persistent-storage', url)).toBe(false);
    },
  );

  it.each(PERMISSIONS.filter((p) => p !== 'persistent-storage'))('refuses %s even to the app’s own pages', (permission) => {
    expect(request(permission, APP_ENTRY_URL)).toBe(false);
    expect(check(permission, APP_ORIGIN)).toBe(false);
  });

  it('refuses every device', () => {
    const handler = ses.setDevicePermissionHandler.mock.calls[0]?.[0] as (details: unknown) => boolean;
    expect(handler({ deviceType: 'usb' })).toBe(false);
  });
});

describe('network block on the default session', () => {
  type Listener = (details: { url: string }, callback: (response: unknown) => void) => void;
  const filter = (): [{ urls: string[] }, Listener] => {
    const call = ses.webRequest.onBeforeRequest.mock.calls[0];
    if (!call) throw new Error('onBeforeRequest was not called');
    return call as unknown as [{ urls: string[] }, Listener];
  };

  it.each(['https://example.org/', 'http://127.0.0.1:5173/', 'ws://localhost:8080/socket', 'wss://example.org/live'])(
    'cancels %s',
    (url) => {
      const [{ urls }, onRequest] = filter();
      expect(urls.some((pattern) => matchesPattern(pattern, url))).toBe(true);
      const callback = vi.fn();
      onRequest({ url }, callback);
      expect(callback).toHaveBeenCalledWith({ cancel: true });
    },
  );

  it('leaves app:// out of the filter, so the UI still loads', () => {
    const [{ urls }] = filter();
    expect(urls).toEqual([...BLOCKED_URL_PATTERNS]);
    expect(urls.some((pattern) => pattern.startsWith('app:') || pattern === '<all_urls>')).toBe(false);
    expect(urls.some((pattern) => matchesPattern(pattern, 'app://local/index.html'))).toBe(false);
  });
});

describe('device pickers on the default session', () => {
  const event = () => ({ preventDefault: vi.fn() });

  it('cancels a HID device picker instead of letting Electron pick the first device', () => {
    const picked = event();
    const callback = vi.fn();
    ses.emit('select-hid-device', picked, { deviceList: [{ deviceId: 'keyboard-1' }], frame: null }, callback);
    expect(picked.preventDefault).toHaveBeenCalledOnce();
    expect(callback).toHaveBeenCalledExactlyOnceWith(null);
  });

  it('cancels a serial port picker', () => {
    const picked = event();
    const callback = vi.fn();
    ses.emit('select-serial-port', picked, [{ portId: 'COM3', portName: 'COM3' }], {}, callback);
    expect(picked.preventDefault).toHaveBeenCalledOnce();
    expect(callback).toHaveBeenCalledExactlyOnceWith('');
  });

  it('cancels a USB device picker', () => {
    const picked = event();
    const callback = vi.fn();
    ses.emit('select-usb-device', picked, { deviceList: [{ deviceId: 'usb-1' }], frame: null }, callback);
    expect(picked.preventDefault).toHaveBeenCalledOnce();
    expect(callback).toHaveBeenCalledExactlyOnceWith();
  });

  it('answers each picker exactly once (no listener is registered twice)', () => {
    expect(ses.listenerCount('select-hid-device')).toBe(1);
    expect(ses.listenerCount('select-serial-port')).toBe(1);
    expect(ses.listenerCount('select-usb-device')).toBe(1);
  });

  it('declines Bluetooth pairing', () => {
    const handler = ses.setBluetoothPairingHandler.mock.calls[0]?.[0] as (details: unknown, callback: (response: unknown) => void) => void;
    const callback = vi.fn();
    handler({ deviceId: 'headset', pairingKind: 'confirm' }, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith({ confirmed: false });
  });

  it.each(['hid', 'serial', 'usb', 'bluetooth'])('refuses a %s device permission, even to the app’s own pages', (deviceType) => {
    const handler = ses.setDevicePermissionHandler.mock.calls[0]?.[0] as (details: unknown) => boolean;
    expect(handler({ deviceType, origin: APP_ORIGIN, device: {} })).toBe(false);
  });
});
