import { describe, expect, it } from 'vitest';
import {
  fitPicture, KEY_PAN_STEP, KEY_ZOOM_FACTOR, mapMoveForKey, panPicture, pictureScale, pictureTransform, PICTURE_MAX_SIDE, wheelFactor, zoomPicture, ZOOM_IN_LIMIT, ZOOM_OUT_LIMIT,
} from './viewport.ts';

describe('the picture of a big map', () => {
  it('is drawn at one pixel per unit, or smaller so its longest side fits the limit', () => {
    expect(pictureScale(1000, 800)).toBe(1);
    expect(pictureScale(4096, 1000)).toBeCloseTo(PICTURE_MAX_SIDE / 4096);
    expect(pictureScale(1000, 8192)).toBeCloseTo(PICTURE_MAX_SIDE / 8192);
    expect(pictureScale(0, 0)).toBe(1);
  });

  it('fits centred in the box with the padding around', () => {
    const view = fitPicture({ width: 2000, height: 1000 }, 1020, 800, 10);
    expect(view.s).toBeCloseTo(0.5);
    expect(view.x).toBeCloseTo(10);
    expect(view.y).toBeCloseTo((800 - 500) / 2);
    const tall = fitPicture({ width: 500, height: 2000 }, 1000, 420, 10);
    expect(tall.s).toBeCloseTo(0.2);
    expect(tall.x).toBeCloseTo((1000 - 100) / 2);
  });

  it('pans by the pointer’s movement', () => {
    expect(panPicture({ x: 5, y: 6, s: 2 }, 10, -4)).toEqual({ x: 15, y: 2, s: 2 });
  });

  it('zooms about the pointer: the map point under it stays under it', () => {
    const view = { x: 100, y: 50, s: 0.5 };
    const [px, py] = [400, 300];
    const before = { u: (px - view.x) / view.s, v: (py - view.y) / view.s };
    const zoomed = zoomPicture(view, 1.5, px, py, 0.5);
    expect(zoomed.s).toBeCloseTo(0.75);
    expect((px - zoomed.x) / zoomed.s).toBeCloseTo(before.u);
    expect((py - zoomed.y) / zoomed.s).toBeCloseTo(before.v);
  });

  it('keeps the zoom between the limits around the fitted size', () => {
    const fitted = 0.4;
    let view = { x: 0, y: 0, s: fitted };
    for (let i = 0; i < 50; i++) view = zoomPicture(view, 2, 10, 10, fitted);
    expect(view.s).toBeCloseTo(fitted * ZOOM_IN_LIMIT);
    for (let i = 0; i < 50; i++) view = zoomPicture(view, 0.5, 10, 10, fitted);
    expect(view.s).toBeCloseTo(fitted * ZOOM_OUT_LIMIT);
  });

  it('zooms in for a wheel turned away, out for one turned back, and never more than double', () => {
    expect(wheelFactor(-100, 0)).toBeGreaterThan(1);
    expect(wheelFactor(100, 0)).toBeLessThan(1);
    expect(wheelFactor(-100, 0) * wheelFactor(100, 0)).toBeCloseTo(1);
    expect(wheelFactor(-3, 1)).toBeCloseTo(wheelFactor(-99, 0));
    expect(wheelFactor(-10_000, 0)).toBeCloseTo(2);
    expect(wheelFactor(1, 2)).toBeCloseTo(0.5);
    expect(wheelFactor(0, 0)).toBe(1);
  });

  it('is placed by a transform from its top-left corner', () => {
    expect(pictureTransform({ x: 12.5, y: -3, s: 0.25 })).toBe('translate(12.5px, -3px) scale(0.25)');
  });
});

describe('moving the map from the keyboard', () => {
  it('shows more of the map in the arrow’s direction, zooms with + and −, and shows it all with 0', () => {
    expect(mapMoveForKey('ArrowRight')).toEqual({ kind: 'pan', dx: -KEY_PAN_STEP, dy: 0 });
    expect(mapMoveForKey('ArrowLeft')).toEqual({ kind: 'pan', dx: KEY_PAN_STEP, dy: 0 });
    expect(mapMoveForKey('ArrowDown')).toEqual({ kind: 'pan', dx: 0, dy: -KEY_PAN_STEP });
    expect(mapMoveForKey('ArrowUp')).toEqual({ kind: 'pan', dx: 0, dy: KEY_PAN_STEP });
    expect(mapMoveForKey('+')).toEqual({ kind: 'zoom', factor: KEY_ZOOM_FACTOR });
    expect(mapMoveForKey('=')).toEqual({ kind: 'zoom', factor: KEY_ZOOM_FACTOR });
    expect(mapMoveForKey('-')).toEqual({ kind: 'zoom', factor: 1 / KEY_ZOOM_FACTOR });
    expect(mapMoveForKey('0')).toEqual({ kind: 'fit' });
    expect(mapMoveForKey('Home')).toEqual({ kind: 'fit' });
  });

  it('leaves every other key alone (Tab moves on, Enter and letters do nothing here)', () => {
    for (const key of ['Tab', 'Enter', ' ', 'a', 'Escape', 'PageDown']) expect(mapMoveForKey(key)).toBeNull();
  });
});
