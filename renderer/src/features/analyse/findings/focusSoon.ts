/** Focuses an element once React has drawn it: after a form closes, focus returns to what opened it. */
export function focusSoon(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
