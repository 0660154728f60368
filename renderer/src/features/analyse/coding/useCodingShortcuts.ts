/**
 * Keyboard shortcuts while coding an engagement's notes, in the same Alt+Shift family as
 * the Engage stage's (free in browsers, Electron and text fields): C codes the selected
 * passage, the up and down arrows open the previous or next engagement.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';

export interface CodingShortcutActions {
  onCode: () => void;
  onPrevious: () => void;
  onNext: () => void;
}

export function useCodingShortcuts(actions: CodingShortcutActions): void {
  const latest = useRef(actions);
  useLayoutEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || event.isComposing) return;
      // `code`, not `key`: Option+Shift+C types a character on a Mac.
      const action = event.code === 'KeyC' ? 'onCode' : event.key === 'ArrowUp' ? 'onPrevious' : event.key === 'ArrowDown' ? 'onNext' : undefined;
      if (!action) return;
      event.preventDefault();
      latest.current[action]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
