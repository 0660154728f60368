import { describe, expect, it } from 'vitest';
import { moveLive } from './mapView.ts';

/** Just enough of Cytoscape's core to follow what a move does to the live view. */
function fakeCore(zoom = 1) {
  const calls: unknown[] = [];
  let level = zoom;
  return {
    calls,
    get level() { return level; },
    core: {
      panBy: (by: unknown) => { calls.push(['panBy', by]); },
      fit: (_eles: unknown, padding: number) => { calls.push(['fit', padding]); },
      zoom: ((arg?: { level: number; renderedPosition: unknown }) => {
        if (arg === undefined) return level;
        level = arg.level;
        calls.push(['zoom', arg]);
        return undefined;
      }) as never,
      width: () => 800,
      height: () => 500,
      minZoom: () => 0.05,
      maxZoom: () => 4,
    } as unknown as Parameters<typeof moveLive>[0],
  };
}

describe('moving the live map', () => {
  it('pans by the pixels asked, zooms about the middle and fits with a margin', () => {
    const cy = fakeCore();
    moveLive(cy.core, { kind: 'pan', dx: -60, dy: 0 });
    moveLive(cy.core, { kind: 'zoom', factor: 1.25 });
    moveLive(cy.core, { kind: 'fit' });
    expect(cy.calls).toEqual([
      ['panBy', { x: -60, y: 0 }],
      ['zoom', { level: 1.25, renderedPosition: { x: 400, y: 250 } }],
      ['fit', 10],
    ]);
  });

  it('keeps the zoom within the limits the map was made with', () => {
    const close = fakeCore(3.9);
    moveLive(close.core, { kind: 'zoom', factor: 1.25 });
    expect(close.level).toBe(4);
    const far = fakeCore(0.05);
    moveLive(far.core, { kind: 'zoom', factor: 0.8 });
    expect(far.level).toBe(0.05);
  });
});
