import { afterEach, describe, expect, it } from 'vitest';
import { cancelHeadingFocus, claimHeadingFocus, requestHeadingFocus } from './headingFocus.ts';

afterEach(() => cancelHeadingFocus());

/** A stand-in for <main>: holds an h1 or not, and counts focus() calls on it. */
function root(hasHeading: boolean) {
  const heading = { focused: 0, focus() { this.focused += 1; } };
  const main = { querySelector: () => (hasHeading ? heading : null) } as unknown as HTMLElement;
  return { main, heading };
}

describe('heading focus after navigation', () => {
  it('focuses a heading already on screen, leaving nothing pending', () => {
    const { main, heading } = root(true);
    requestHeadingFocus(main);
    expect(heading.focused).toBe(1);
    expect(claimHeadingFocus()).toBe(false);
  });

  it('lets the next heading to mount claim focus, once', () => {
    requestHeadingFocus(root(false).main);
    expect(claimHeadingFocus()).toBe(true);
    expect(claimHeadingFocus()).toBe(false);
  });

  it('drops a waiting request when a later navigation targets an item', () => {
    // A screen left before its heading mounted, then a link to one finding: the finding keeps focus.
    requestHeadingFocus(root(false).main);
    cancelHeadingFocus();
    expect(claimHeadingFocus()).toBe(false);
  });
});
