/**
 * The arithmetic of a big map's picture (features/networks/mapView.ts): Cytoscape draws
 * the whole map once into an image, `scale` image pixels to one model unit, and the
 * screen moves and scales that image with a CSS transform (`translate(x, y) scale(s)`
 * from its top-left corner). Pure numbers, so it is unit-tested.
 */

/** The picture's size in pixels. */
export interface PictureFrame {
  width: number;
  height: number;
}

/** Where the picture is on screen: its top-left corner and its magnification. */
export interface PictureView {
  x: number;
  y: number;
  s: number;
}

/**
 * The longest side of the picture, in pixels (16 MB of pixels). A node is drawn about 16
 * pixels wide in the generated 3,500-node map's picture, so it can be magnified about
 * three times before it blurs.
 */
export const PICTURE_MAX_SIDE = 2048;
/** Image pixels per model unit at most (a node is 16 units wide). */
export const PICTURE_SCALE = 1;
/** How far out and in the picture zooms, relative to the fitted view. */
export const ZOOM_OUT_LIMIT = 0.25;
export const ZOOM_IN_LIMIT = 8;

/** The picture's scale (pixels per model unit) for a map whose bounding box is `w` × `h` model units. */
export function pictureScale(w: number, h: number): number {
  const side = Math.max(w, h, 1);
  return Math.min(PICTURE_SCALE, PICTURE_MAX_SIDE / side);
}

/** The view that shows the whole picture centred in a `boxW` × `boxH` box, with `padding` pixels around. */
export function fitPicture(frame: PictureFrame, boxW: number, boxH: number, padding = 10): PictureView {
  const s = Math.max(1e-6, Math.min((boxW - 2 * padding) / Math.max(1, frame.width), (boxH - 2 * padding) / Math.max(1, frame.height)));
  return { s, x: (boxW - frame.width * s) / 2, y: (boxH - frame.height * s) / 2 };
}

/** The view moved by (`dx`, `dy`) screen pixels. */
export function panPicture(view: PictureView, dx: number, dy: number): PictureView {
  return { s: view.s, x: view.x + dx, y: view.y + dy };
}

/**
 * The view zoomed by `factor` about the screen point (`px`, `py`), which stays over the
 * same spot of the map; the magnification is kept between `ZOOM_OUT_LIMIT` and
 * `ZOOM_IN_LIMIT` times the fitted one (`fitted`).
 */
export function zoomPicture(view: PictureView, factor: number, px: number, py: number, fitted: number): PictureView {
  const s = Math.min(fitted * ZOOM_IN_LIMIT, Math.max(fitted * ZOOM_OUT_LIMIT, view.s * factor));
  const k = s / view.s;
  return { s, x: px - (px - view.x) * k, y: py - (py - view.y) * k };
}

/**
 * The zoom factor for one wheel event: a mouse notch (about 100 pixels, or 3 lines) zooms
 * by about a seventh, a trackpad's small deltas zoom smoothly, and one event never zooms
 * by more than about twice.
 */
export function wheelFactor(deltaY: number, deltaMode: number): number {
  const pixels = deltaMode === 1 ? deltaY * 33 : deltaMode === 2 ? deltaY * 800 : deltaY;
  const clamped = Math.max(-500, Math.min(500, pixels));
  return 2 ** (-clamped * 0.002);
}

/** The transform that places the picture as `view` says (for the style object, never an attribute). */
export function pictureTransform(view: PictureView): string {
  return `translate(${view.x}px, ${view.y}px) scale(${view.s})`;
}

/** A move of the map asked for from the keyboard or a button (the mouse drags and wheels). */
export type MapMove = { kind: 'pan'; dx: number; dy: number } | { kind: 'zoom'; factor: number } | { kind: 'fit' };

/** Screen pixels one arrow key moves the map. */
export const KEY_PAN_STEP = 60;
/** How much one zoom key or button magnifies (or, inverted, reduces). */
export const KEY_ZOOM_FACTOR = 1.25;

/**
 * The move a key asks for on the focused map, or null for any other key. An arrow shows
 * more of the map in its direction (so the map itself moves the other way); + and −
 * zoom about the middle; 0 (or Home) shows the whole map again.
 */
export function mapMoveForKey(key: string): MapMove | null {
  switch (key) {
    case 'ArrowLeft': return { kind: 'pan', dx: KEY_PAN_STEP, dy: 0 };
    case 'ArrowRight': return { kind: 'pan', dx: -KEY_PAN_STEP, dy: 0 };
    case 'ArrowUp': return { kind: 'pan', dx: 0, dy: KEY_PAN_STEP };
    case 'ArrowDown': return { kind: 'pan', dx: 0, dy: -KEY_PAN_STEP };
    case '+': case '=': return { kind: 'zoom', factor: KEY_ZOOM_FACTOR };
    case '-': case '_': return { kind: 'zoom', factor: 1 / KEY_ZOOM_FACTOR };
    case '0': case 'Home': return { kind: 'fit' };
    default: return null;
  }
}
