/**
 * Brings the route's `?focus=<id>` item into view: scrolls to the element whose id is
 * `item-<id>`, focuses it (give it tabIndex={-1}) and marks it with `app-focus-target`
 * so it stands out. Screens render their lists after data loads, so pass `ready` once
 * the list is on screen; each focus id is honoured once, so later renders leave the
 * reviewer's own focus alone.
 */
import { useEffect, useRef } from 'react';
import { moveFocus } from './focus.ts';

export function focusTargetId(id: string): string {
  return `item-${id}`;
}

export function useFocusTarget(focus: string | undefined, ready: boolean): void {
  const done = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!focus || !ready || done.current === focus) return;
    const element = document.getElementById(focusTargetId(focus));
    if (!element) return;
    done.current = focus;
    document.querySelectorAll('.app-focus-target').forEach((el) => el.classList.remove('app-focus-target'));
    element.classList.add('app-focus-target');
    moveFocus(element);
  });
}
