/**
 * After navigation, focus moves to the new screen's h1 (as a page load would), so
 * keyboard and screen-reader users start at the top of what changed. Screens that load
 * data render their h1 late, so the request waits until a heading mounts. A request
 * lives only until the next navigation: one left waiting by a screen that was left
 * before its heading mounted must not pull focus off an item a later link asked for.
 */
let isPending = false;

/** Called on navigation: the next heading to mount (or the current one) takes focus. */
export function requestHeadingFocus(root: HTMLElement | null): void {
  const heading = root?.querySelector<HTMLElement>('h1');
  if (heading) {
    heading.focus();
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
