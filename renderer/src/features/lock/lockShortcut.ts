/** The keyboard shortcut that locks the app, shown on the Security page and the Lock button. */

/** Ctrl+Shift+L, or ⌘+Shift+L on a Mac; free in Chromium, Electron and the app's own keys. */
export const LOCK_SHORTCUT = { keys: ['Ctrl', 'Shift', 'L'], macKeys: ['⌘', 'Shift', 'L'], aria: 'Control+Shift+L Meta+Shift+L' } as const;

/** True for the lock shortcut; `code` so it works whatever the keyboard layout types. */
export function isLockShortcut(event: Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  return event.code === 'KeyL' && event.shiftKey && !event.altKey && event.ctrlKey !== event.metaKey;
}
