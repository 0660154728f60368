/**
 * Keyboard shortcuts of the Engage stage. Alt+Shift with a letter or an arrow is free
 * in browsers, Electron and text fields on Windows and Linux (on a Mac, Option+Shift+Up
 * or Down would otherwise extend the selection to the paragraph's edge), and they work
 * while the reviewer is typing notes.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';

export interface EngageShortcutActions {
  onAdd: () => void;
  onPrevious: () => void;
  onNext: () => void;
}

/** Shown on the page, so the keys are discoverable. */
export const ENGAGE_SHORTCUTS: ReadonlyArray<{ keys: readonly string[]; action: string }> = [
  { keys: ['Alt', 'Shift', 'N'], action: 'Add an engagement' },
  { keys: ['Alt', 'Shift', '↑'], action: 'Open the previous engagement in the timetable' },
  { keys: ['Alt', 'Shift', '↓'], action: 'Open the next engagement in the timetable' },
];

/** The action a key press asks for, if any. `code` not `key`: Option+Shift+N types a character on a Mac. */
function actionFor(event: KeyboardEvent): keyof EngageShortcutActions | undefined {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return undefined;
  if (event.code === 'KeyN') return 'onAdd';
  if (event.key === 'ArrowUp') return 'onPrevious';
  if (event.key === 'ArrowDown') return 'onNext';
  return undefined;
}

export function useEngageShortcuts(actions: EngageShortcutActions): void {
  const latest = useRef(actions);
  useLayoutEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = actionFor(event);
      if (!action || event.isComposing) return;
      event.preventDefault();
      latest.current[action]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
