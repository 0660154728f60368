/**
 * Session-wide refusals: no permission is granted but one, and no request may leave the
 * machine, whatever the page asks for. This is the second wall behind the CSP.
 */
import type { Session } from 'electron';
import { isAppUrl } from './appOrigin';

/** Every network scheme Chromium speaks; app:// is deliberately absent. */
export const BLOCKED_URL_PATTERNS: readonly string[] = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

type GuardedSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'webRequest'
  | 'on' | 'setBluetoothPairingHandler'
>;

/**
 * The one permission granted, and only to the app's own pages: storage that the browser
 * never evicts under disk pressure (navigator.storage.persist()), so reviews cannot vanish.
 */
export const PERSISTENT_STORAGE = 'persistent-storage';

/** True for a persistent-storage request from app://local; false for anything else. */
export function isAllowedPermission(permission: string, url: string | undefined): boolean {
  return permission === PERSISTENT_STORAGE && url !== undefined && isAppUrl(url);
}

/** Denies every permission (camera, notifications, clipboard reads, devices…) but persistent storage for app://local. */
export function denyAllPermissions(ses: GuardedSession): void {
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => callback(isAllowedPermission(permission, details?.requestingUrl)));
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isAllowedPermission(permission, requestingOrigin));
  ses.setDevicePermissionHandler(() => false);
}

/**
 * Refuses every device picker. Left unhandled, Electron picks the first HID device, serial
 * port or USB device on the page's behalf; the app needs none, so each is cancelled
 * (preventDefault, then the callback with no device) and Bluetooth pairing is declined.
 */
export function refuseDeviceSelection(ses: GuardedSession): void {
  ses.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback(null);
  });
  ses.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  ses.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  ses.setBluetoothPairingHandler((_details, callback) => callback({ confirmed: false }));
}

/** Cancels every http(s) and ws(s) request, so even a CSP mistake cannot leak data. */
export function blockNetwork(ses: GuardedSession): void {
  ses.webRequest.onBeforeRequest({ urls: [...BLOCKED_URL_PATTERNS] }, (_details, callback) => {
    callback({ cancel: true });
  });
}

/** Applies all three to a session; call with session.defaultSession before any window exists. */
export function setupSessionGuards(ses: GuardedSession): void {
  denyAllPermissions(ses);
  refuseDeviceSelection(ses);
  blockNetwork(ses);
}
