/**
 * The map on screen, shared by NetworkMap.tsx and the Chromium bench
 * (bench/browser/networkPage.ts), so the bench pans and zooms what the app shows.
 *
 * A small map (up to BIG_MAP_NODES) is Cytoscape's live view, as it always was. On a big
 * one, Cytoscape's software canvas would redraw thousands of nodes and edges after every
 * pan or zoom, hundreds of milliseconds each. So Cytoscape draws the whole map once into a
 * picture (its own image export, encoded and decoded off the main thread), and panning and
 * zooming move that picture with a CSS transform on its own compositor layer, which costs
 * the page's script next to nothing. Focusing on a person, or any filter that leaves a
 * small map, gives the live, labelled view. The transform is set through the style object
 * (CSSOM), which the policy's style-src 'self' allows: no style attribute or element.
 */
import type cytoscape from 'cytoscape';
import { fitPicture, panPicture, pictureScale, pictureTransform, wheelFactor, zoomPicture, type MapMove, type PictureView } from '../../domain/network/viewport.ts';
import { createMap } from './mapOptions.ts';

export interface MapView {
  /** The whole map in Cytoscape: the live view of a small map, the hidden source of a big one's picture. */
  cy: cytoscape.Core;
  /** Resolves once the map can be seen (for a big map, once its picture is shown). */
  ready: Promise<void>;
  /** What shows: Cytoscape's live view, or its picture of a big map. */
  showing: 'live' | 'picture';
  /** The whole map as a PNG, drawn by Cytoscape at twice its size on white. */
  png(): Promise<Blob>;
  /** Pans, zooms about the middle, or shows the whole map again (keys and buttons). */
  move(move: MapMove): void;
  destroy(): void;
}

/** Creates the map inside `host` (which carries the role and the label). */
export function createMapView(host: HTMLElement, elements: cytoscape.ElementDefinition[]): MapView {
  const placed = elements.length > 0 && elements[0]!.position !== undefined;
  if (!placed) {
    const cy = createMap(host, elements);
    return { cy, ready: Promise.resolve(), showing: 'live', png: () => Promise.resolve(wholePng(cy)), move: (m) => moveLive(cy, m), destroy: () => cy.destroy() };
  }
  return createPictureMap(host, elements);
}

/** A move on Cytoscape's live view, within the zoom limits it was made with. */
export function moveLive(cy: Pick<cytoscape.Core, 'panBy' | 'zoom' | 'fit' | 'width' | 'height' | 'minZoom' | 'maxZoom'>, move: MapMove): void {
  if (move.kind === 'pan') cy.panBy({ x: move.dx, y: move.dy });
  else if (move.kind === 'fit') cy.fit(undefined, 10);
  else {
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * move.factor));
    cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }
}

const wholePng = (cy: cytoscape.Core): Blob => cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 });

function createPictureMap(host: HTMLElement, elements: cytoscape.ElementDefinition[]): MapView {
  // Cytoscape's own view is hidden and, once it has drawn the picture, unmounted: a mounted
  // renderer would still build its cached layers of every element in the next frame. The
  // instance keeps the elements and positions for the SVG export, and is mounted again,
  // briefly, to draw the PNG export.
  const hidden = document.createElement('div');
  hidden.className = 'app-network-map__hidden';
  host.replaceChildren(hidden);
  host.classList.add('app-network-map--picture');
  const cy = createMap(hidden, elements);
  let destroyed = false;
  let url = '';
  let picture: HTMLElement | null = null;
  let fitted = 1;
  let frame = { width: 1, height: 1 };
  let view: PictureView = { x: 0, y: 0, s: 1 };
  let pending = 0;

  const draw = () => {
    pending = 0;
    if (picture) picture.style.transform = pictureTransform(view);
  };
  const schedule = () => { if (!pending) pending = requestAnimationFrame(draw); };

  // Dragging pans; the wheel zooms about the pointer.
  let drag: { id: number; x: number; y: number } | null = null;
  const onPointerDown = (e: PointerEvent) => {
    if (!picture || e.button !== 0) return;
    drag = { id: e.pointerId, x: e.clientX, y: e.clientY };
    host.setPointerCapture?.(e.pointerId);
    e.preventDefault();
  };
  const onPointerMove = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    view = panPicture(view, e.clientX - drag.x, e.clientY - drag.y);
    drag = { id: e.pointerId, x: e.clientX, y: e.clientY };
    schedule();
  };
  const onPointerUp = (e: PointerEvent) => {
    if (drag && e.pointerId === drag.id) drag = null;
  };
  const onWheel = (e: WheelEvent) => {
    if (!picture) return;
    e.preventDefault();
    const box = host.getBoundingClientRect();
    view = zoomPicture(view, wheelFactor(e.deltaY, e.deltaMode), e.clientX - box.left, e.clientY - box.top, fitted);
    schedule();
  };
  host.addEventListener('pointerdown', onPointerDown);
  host.addEventListener('pointermove', onPointerMove);
  host.addEventListener('pointerup', onPointerUp);
  host.addEventListener('pointercancel', onPointerUp);
  host.addEventListener('wheel', onWheel, { passive: false });

  const show = (element: HTMLElement, width: number, height: number) => {
    element.classList.add('app-network-map__picture');
    picture = element;
    frame = { width, height };
    view = fitPicture(frame, host.clientWidth, host.clientHeight);
    fitted = view.s;
    draw();
    host.append(element);
  };
  // An image, not the canvas Cytoscape draws on: moved by a transform without a GPU, the
  // 2048-pixel canvas cost a 53–97 ms task (native work, not script) on the first pan in
  // the bench, the image none. Encoding and decoding happen off the main thread, as a JPEG:
  // on the loaded 2-core machine a 2048-pixel PNG took 0.8–1.1 s to encode and 0.3–0.6 s
  // to decode, a JPEG 0.2–0.4 s and 0.15 s. Only the screen shows it; the exports stay
  // PNG and SVG.
  const ready = (async () => {
    const bb = cy.elements().boundingBox();
    const drawn = cy.jpg({ output: 'blob-promise', full: true, scale: pictureScale(bb.w, bb.h), bg: '#ffffff', quality: 0.92 });
    cy.unmount();
    const blob = await drawn;
    if (destroyed) return;
    url = URL.createObjectURL(blob);
    const image = document.createElement('img');
    image.alt = '';
    image.draggable = false;
    image.src = url;
    await image.decode();
    if (!destroyed) show(image, image.naturalWidth, image.naturalHeight);
  })().catch(() => {
    // Drawing the picture failed (out of memory, say): say so where the map would be; the
    // table and the summary still give everything the map shows.
    if (destroyed) return;
    const note = document.createElement('p');
    note.className = 'govuk-body govuk-!-margin-3';
    note.textContent = 'The map could not be drawn on this computer. Choose “Table” to see every person, incident and institution with its connections.';
    host.append(note);
  });

  return {
    cy,
    ready,
    showing: 'picture',
    png() {
      cy.mount(hidden);
      try {
        return Promise.resolve(wholePng(cy));
      } finally {
        cy.unmount();
      }
    },
    move(move) {
      if (!picture) return;
      if (move.kind === 'pan') view = panPicture(view, move.dx, move.dy);
      else if (move.kind === 'zoom') view = zoomPicture(view, move.factor, host.clientWidth / 2, host.clientHeight / 2, fitted);
      else view = fitPicture(frame, host.clientWidth, host.clientHeight);
      schedule();
    },
    destroy() {
      destroyed = true;
      if (pending) cancelAnimationFrame(pending);
      host.removeEventListener('pointerdown', onPointerDown);
      host.removeEventListener('pointermove', onPointerMove);
      host.removeEventListener('pointerup', onPointerUp);
      host.removeEventListener('pointercancel', onPointerUp);
      host.removeEventListener('wheel', onWheel);
      cy.destroy();
      if (url) URL.revokeObjectURL(url);
      host.classList.remove('app-network-map--picture');
      host.replaceChildren();
    },
  };
}
