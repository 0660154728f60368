/**
 * Locks the app: the vault drops its key and closes the database, and the search index
 * (the one store of review text outside React) is let go at once. The gate then unmounts
 * the whole app tree, so no component keeps review state either.
 */
import { lock } from '../../security/vault.ts';
import { releaseSearchSessions } from '../search/searchSession.ts';

export function lockNow(): void {
  releaseSearchSessions();
  lock();
}

/** Ctrl+Shift+L, or ⌘+Shift+L on a Mac; free in Chromium, Electron and the app's own keys. */
export const LOCK_SHORTCUT = { keys: ['Ctrl', 'Shift', 'L'], macKeys: ['⌘', 'Shift', 'L'], aria: 'Control+Shift+L Meta+Shift+L' } as const;

/** True for the lock shortcut; `code` so it works whatever the keyboard layout types. */
export function isLockShortcut(event: Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  return event.code === 'KeyL' && event.shiftKey && !event.altKey && event.ctrlKey !== event.metaKey;
}
