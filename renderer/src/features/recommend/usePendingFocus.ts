/**
 * Moves focus once a change has reached the screen. Writes land through live queries a
 * render or two after the click, and the clicked control may have moved or gone, so the
 * caller names a function that finds the element to focus, or returns null while the
 * screen does not show the change yet. Checked after every render until it succeeds.
 */
import { useCallback, useEffect, useRef } from 'react';

export type FocusFinder = () => HTMLElement | null;

export function usePendingFocus(): { focusWhenReady: (find: FocusFinder) => void; cancel: () => void } {
  const pending = useRef<FocusFinder | null>(null);
  useEffect(() => {
    const element = pending.current?.();
    if (!element) return;
    pending.current = null;
    element.focus();
  });
  const focusWhenReady = useCallback((find: FocusFinder) => { pending.current = find; }, []);
  const cancel = useCallback(() => { pending.current = null; }, []);
  return { focusWhenReady, cancel };
}
