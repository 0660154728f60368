import { describe, expect, it } from 'vitest';
import { isLockShortcut } from './lockShortcut.ts';

const key = (code: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>>) =>
  ({ code, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('isLockShortcut', () => {
  it('is Ctrl+Shift+L, or ⌘+Shift+L on a Mac', () => {
    expect(isLockShortcut(key('KeyL', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(isLockShortcut(key('KeyL', { metaKey: true, shiftKey: true }))).toBe(true);
  });

  it('leaves every other combination alone (the app’s own Alt+Shift keys, Ctrl+L, typing)', () => {
    for (const event of [
      key('KeyL', { shiftKey: true }),
      key('KeyL', { ctrlKey: true }),
      key('KeyL', { altKey: true, shiftKey: true }),
      key('KeyL', { ctrlKey: true, metaKey: true, shiftKey: true }),
      key('KeyL', { ctrlKey: true, shiftKey: true, altKey: true }),
      key('KeyK', { ctrlKey: true, shiftKey: true }),
    ]) expect(isLockShortcut(event)).toBe(false);
  });
});
