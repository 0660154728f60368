/**
 * The one way the app moves focus for the reviewer: to an element (scrolled into view,
 * clear of the sticky save-status line), or to the field an error names. Errors, forms
 * and lists call these rather than each calling focus() and scrollIntoView() their own way.
 */

/** Focuses `element` and brings it into view; `block` as scrollIntoView's (centre by default). */
export function moveFocus(element: HTMLElement | null | undefined, block: ScrollLogicalPosition = 'center'): boolean {
  if (!element) return false;
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
