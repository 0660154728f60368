/**
 * Session-wide refusals: no permission is ever granted and no request may leave the
 * machine, whatever the page asks for. This is the second wall behind the CSP.
 */
import type { Session } from 'electron';

/** Every network scheme Chromium speaks; app:// is deliberately absent. */
export const BLOCKED_URL_PATTERNS: readonly string[] = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

type GuardedSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'webRequest'
>;

/** Denies every permission (camera, notifications, clipboard reads, devices…). */
export function denyAllPermissions(ses: GuardedSession): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

/** Cancels every http(s) and ws(s) request, so even a CSP mistake cannot leak data. */
export function blockNetwork(ses: GuardedSession): void {
  ses.webRequest.onBeforeRequest({ urls: [...BLOCKED_URL_PATTERNS] }, (_details, callback) => {
    callback({ cancel: true });
  });
}

/** Applies both to a session; call with session.defaultSession before any window exists. */
export function setupSessionGuards(ses: GuardedSession): void {
  denyAllPermissions(ses);
  blockNetwork(ses);
}
