/**
 * The first page of a long list drawn a slice at a time: a page of 100 finding cards or
 * 40 recommendations' plans took one task of 200–500 ms to render and lay out at 3,000
 * engagements (issue 12: no task over 200 ms). The first slice is drawn with the screen;
 * each later slice is added after the frame that shows the one before, so the layout of
 * each slice is its own short task. Once drawn, the page is exactly what it was: the
 * same items in the same order, and an item a link asks for is always in the first slice.
 * After that, what the reviewer asks for ("Show more", a filter) is drawn at once, as before.
 */
import { useEffect, useState } from 'react';

/** Items drawn in one slice. */
export const DRAW_SLICE = 20;

/**
 * How many of `target` items to draw now, `drawn` having grown so far (0 at first):
 * never fewer than one slice, nor fewer than `mustDraw`, nor more than the target.
 */
export function itemsToDraw(drawn: number, target: number, slice: number, mustDraw = 0): number {
  return Math.min(target, Math.max(drawn, slice, mustDraw));
}

/** The count after one more slice; once the first page is whole, Infinity: everything from then on is drawn at once. */
export function nextSlice(drawn: number, target: number, slice: number, mustDraw = 0): number {
  const next = itemsToDraw(drawn, target, slice, mustDraw) + slice;
  return next >= target ? Number.POSITIVE_INFINITY : next;
}

/**
 * Calls `then` once the frame showing the current DOM has been drawn: a
 * requestAnimationFrame callback runs just before that frame, and a timeout set from it
 * runs after it. A hidden window draws no frames, so a plain timeout stands in after 100 ms.
 */
export function afterNextFrame(then: () => void): () => void {
  let after: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  const fallback = setTimeout(() => { cancelAnimationFrame(frame); then(); }, 100);
  frame = requestAnimationFrame(() => {
    clearTimeout(fallback);
    after = setTimeout(then, 0);
  });
  return () => {
    clearTimeout(fallback);
    cancelAnimationFrame(frame);
    if (after !== undefined) clearTimeout(after);
  };
}

/**
 * How many of the `target` items (a list's shown page) to draw now: one slice at first
 * (or up to `mustDraw`, the item a link asks for), then a slice more after each frame
 * until the first page is drawn; from then on, all of them.
 */
export function useDrawnInSlices(target: number, { slice = DRAW_SLICE, mustDraw = 0 }: { slice?: number; mustDraw?: number } = {}): number {
  const [drawn, setDrawn] = useState(0);
  const now = itemsToDraw(drawn, target, slice, mustDraw);
  useEffect(() => {
    if (now >= target) return undefined;
    return afterNextFrame(() => setDrawn(nextSlice(now, target, slice, mustDraw)));
  }, [now, target, slice, mustDraw]);
  return now;
}

/**
 * False until the frame that shows the screen's first render has been drawn, then true:
 * for a part of a screen (a chart) that can wait a frame, so that it is laid out in a task
 * of its own rather than with everything else.
 */
export function useAfterFirstFrame(): boolean {
  const [isDue, setDue] = useState(false);
  useEffect(() => (isDue ? undefined : afterNextFrame(() => setDue(true))), [isDue]);
  return isDue;
}
