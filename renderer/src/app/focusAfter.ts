/**
 * Moves focus to an element once it is on screen. After a write, the change reaches the
 * screen through live queries a render or two later, and the control that was used may
 * have gone (a deleted row's button), so the target is named, not held: an element id,
 * or a function that finds the element (null while it is not there yet). Checked once a
 * frame for up to `timeoutMs`; then scrolled into view and focused. An element that
 * cannot take focus (a heading) is given tabindex="-1" until it loses it, as GOV.UK
 * Frontend does for its error summary. Focus is never taken back from wherever the
 * reviewer has moved it meanwhile.
 */
export type FocusTarget = string | (() => HTMLElement | null);

const find = (target: FocusTarget): HTMLElement | null => (typeof target === 'string' ? document.getElementById(target) : target());

/** Whether focus is where a click or a removed control left it: nothing chosen since. */
function isUnclaimed(before: Element | null): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || active === before || !active.isConnected;
}

export function focusElement(element: HTMLElement): void {
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.scrollIntoView({ block: 'nearest' });
  element.focus({ preventScroll: true });
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
        focusElement(element);
        return resolve(true);
      }
      if (performance.now() - started > timeoutMs) return resolve(false);
      requestAnimationFrame(attempt);
    };
    requestAnimationFrame(attempt);
  });
}
