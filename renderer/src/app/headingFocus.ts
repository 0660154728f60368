/**
 * After navigation, focus moves to the new screen's h1 (as a page load would), so
 * keyboard and screen-reader users start at the top of what changed. Screens that load
 * data render their h1 late, so the request waits until a heading mounts. A request
 * lives only until the next navigation: one left waiting by a screen that was left
 * before its heading mounted must not pull focus off an item a later link asked for.
 */
import { afterNextFrame } from '../components/drawnInSlices.ts';

let isPending = false;

/**
 * Focuses the heading once the frame that shows the new screen has been drawn. Focus
 * needs the page laid out: asked for as the screen rendered, it made the render and the
 * whole screen's layout one task (about 130 ms of a 3,000-engagement review's evidence
 * view, issue 12). If the reviewer has put focus somewhere meanwhile, it stays there.
 * Where no frames are drawn (Node), at once.
 */
export function focusHeadingWhenDrawn(heading: HTMLElement | null): void {
  if (!heading) return;
  if (typeof requestAnimationFrame !== 'function') return heading.focus();
  const before = document.activeElement;
  afterNextFrame(() => {
    const now = document.activeElement;
    if (heading.isConnected && (now === before || now === document.body || now === null)) heading.focus();
  });
}

/** Called on navigation: the next heading to mount (or the current one) takes focus. */
export function requestHeadingFocus(root: HTMLElement | null): void {
  const heading = root?.querySelector<HTMLElement>('h1');
  if (heading) {
    focusHeadingWhenDrawn(heading);
    isPending = false;
  } else {
    isPending = true;
  }
}

/** Called by a heading as it mounts; true when it should take focus. */
export function claimHeadingFocus(): boolean {
  const claimed = isPending;
  isPending = false;
  return claimed;
}

/** Called on a navigation that focuses something else (an item a link names). */
export function cancelHeadingFocus(): void {
  isPending = false;
}
