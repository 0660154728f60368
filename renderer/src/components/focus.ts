/**
 * The one way the app moves focus for the reviewer: to an element (scrolled into view,
 * clear of the sticky save-status line), to the field an error names, or to an element
 * that a write will bring on screen a render or two later (`focusAfter`). Errors, forms,
 * lists and the command runner call these rather than each calling focus() and
 * scrollIntoView() their own way.
 */

/**
 * Focuses `element` and brings it into view; `block` as scrollIntoView's (centre by
 * default). An element that cannot take focus (a heading) is given tabindex="-1" until it
 * loses it, as GOV.UK Frontend does for its error summary.
 */
export function moveFocus(element: HTMLElement | null | undefined, block: ScrollLogicalPosition = 'center'): boolean {
  if (!element) return false;
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block });
  return document.activeElement === element;
}

/** Focuses the element with this id (a leading "#" is allowed). */
export function focusById(id: string, block?: ScrollLogicalPosition): boolean {
  return moveFocus(document.getElementById(id.replace(/^#/, '')), block);
}

/**
 * Focuses the field an error names: the control itself, or the first control inside a
 * group (a date input's day box, a checkbox set's first box).
 */
export function focusField(id: string): boolean {
  const target = document.getElementById(id.replace(/^#/, ''));
  const control = target?.matches('input, select, textarea') ? target : target?.querySelector<HTMLElement>('input, select, textarea');
  return moveFocus(control);
}

/**
 * Moves focus to an element once it is on screen. After a write, the change reaches the
 * screen through live queries a render or two later, and the control that was used may
 * have gone (a deleted row's button), so the target is named, not held: an element id,
 * or a function that finds the element (null while it is not there yet). Checked once a
 * frame for up to `timeoutMs`. Focus is never taken back from wherever the reviewer has
 * moved it meanwhile.
 */
export type FocusTarget = string | (() => HTMLElement | null);

const find = (target: FocusTarget): HTMLElement | null => (typeof target === 'string' ? document.getElementById(target) : target());

/** Whether focus is where a click or a removed control left it: nothing chosen since. */
function isUnclaimed(before: Element | null): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || active === before || !active.isConnected;
}

/** Resolves true once the target has focus, false when it never appeared or focus moved on. */
export function focusAfter(target: FocusTarget, timeoutMs = 2000): Promise<boolean> {
  const before = document.activeElement;
  const started = performance.now();
  return new Promise((resolve) => {
    const attempt = () => {
      if (!isUnclaimed(before)) return resolve(false);
      const element = find(target);
      if (element?.isConnected) {
        moveFocus(element, 'nearest');
        return resolve(true);
      }
      if (performance.now() - started > timeoutMs) return resolve(false);
      requestAnimationFrame(attempt);
    };
    requestAnimationFrame(attempt);
  });
}
