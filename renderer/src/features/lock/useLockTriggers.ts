/**
 * Everything that locks an open app besides the Lock button: the keyboard shortcut, a
 * spell without keyboard, mouse or touch input, and the host (Electron: the computer
 * locked its screen or is going to sleep).
 */
import { useEffect } from 'react';
import { getHost } from '../../host/index.ts';
import { useIdleLockMinutes } from './idleSetting.ts';
import { lockNow } from './lockNow.ts';
import { isLockShortcut } from './lockShortcut.ts';

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart', 'scroll'] as const;

export function useLockTriggers(): void {
  const minutes = useIdleLockMinutes();

  useEffect(() => getHost().onLockRequest(() => void lockNow()), []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || !isLockShortcut(event)) return;
      event.preventDefault();
      void lockNow();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);

  useEffect(() => {
    // Activity only notes the time; one timer checks it when the limit could be reached,
    // so a moving mouse costs no timer churn.
    const limit = minutes * 60_000;
    let lastActivity = Date.now();
    let timer: ReturnType<typeof setTimeout>;
    const check = () => {
      const idle = Date.now() - lastActivity;
      if (idle >= limit) void lockNow();
      else timer = setTimeout(check, limit - idle);
    };
    const onActivity = () => { lastActivity = Date.now(); };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { capture: true, passive: true });
    timer = setTimeout(check, limit);
    return () => {
      clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [minutes]);
}
