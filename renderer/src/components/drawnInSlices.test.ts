import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextFrame, itemsToDraw, nextSlice } from './drawnInSlices.ts';

/** Every count the hook draws, from the first render until the page is drawn. */
function growth(target: number, slice: number, mustDraw = 0): number[] {
  const counts = [itemsToDraw(0, target, slice, mustDraw)];
  while (counts.at(-1)! < target) counts.push(itemsToDraw(nextSlice(counts.at(-1)!, target, slice, mustDraw), target, slice, mustDraw));
  return counts;
}

describe('drawing a page in slices', () => {
  it('draws one slice first, then a slice more each time, ending at exactly the page', () => {
    expect(growth(100, 20)).toEqual([20, 40, 60, 80, 100]);
    expect(growth(90, 20)).toEqual([20, 40, 60, 80, 90]);
  });

  it('draws a short page at once, and nothing when there is nothing', () => {
    expect(growth(7, 20)).toEqual([7]);
    expect(growth(0, 20)).toEqual([0]);
  });

  it('draws the item a link asks for in the first slice', () => {
    expect(growth(100, 20, 73)).toEqual([73, 93, 100]);
  });

  it('never draws more than the page when the page shrinks (a filter)', () => {
    expect(itemsToDraw(40, 12, 20)).toBe(12);
    expect(itemsToDraw(Number.POSITIVE_INFINITY, 12, 20)).toBe(12);
  });

  it('draws what is asked for later (“Show more”, a filter cleared) at once, once the first page is whole', () => {
    const whole = nextSlice(80, 100, 20);
    expect(whole).toBe(Number.POSITIVE_INFINITY);
    expect(itemsToDraw(whole, 200, 20)).toBe(200);
    expect(itemsToDraw(whole, 100, 20)).toBe(100);
  });
});

describe('afterNextFrame', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  function fakeFrames() {
    vi.useFakeTimers();
    const frames: Array<() => void> = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => { frames[id - 1] = () => {}; });
    return frames;
  }

  it('calls back in a task after the next frame, not in the frame itself', () => {
    const frames = fakeFrames();
    const then = vi.fn();
    afterNextFrame(then);
    vi.advanceTimersByTime(50);
    expect(then).not.toHaveBeenCalled();
    frames[0]!();
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(then).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(500);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('calls back after 100 ms when no frame is drawn (a hidden window), once', () => {
    const frames = fakeFrames();
    const then = vi.fn();
    afterNextFrame(then);
    vi.advanceTimersByTime(100);
    expect(then).toHaveBeenCalledTimes(1);
    frames[0]!();
    vi.advanceTimersByTime(100);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('calls nothing once cancelled', () => {
    const frames = fakeFrames();
    const then = vi.fn();
    const cancel = afterNextFrame(then);
    cancel();
    frames[0]!();
    vi.advanceTimersByTime(500);
    expect(then).not.toHaveBeenCalled();
  });
});
