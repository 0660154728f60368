/**
 * A network map as PNG bytes, drawn without a canvas so the report stays pure and runs in
 * a worker: edges as one-pixel lines, nodes as filled circles, diamonds and squares in
 * the map's colours. No text (a PNG needs a font to draw it): this is the fallback for
 * Word processors that cannot show the SVG map, whose labels the report also lists.
 */
import { zlibSync } from 'fflate';
import { NODE_STYLES, type PlacedNode } from '../../domain/network/svg.ts';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const rgb = (hex: string): [number, number, number] => [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)];

/** Draws the map into a `width` × `height` PNG, the layout scaled to fit with a margin. */
export function networkPng(nodes: readonly PlacedNode[], edges: ReadonlyArray<readonly [string, string]>, width = 1200, height = 900): Uint8Array {
  const pixels = new Uint8Array(width * height * 3).fill(255);
  const set = (x: number, y: number, [r, g, b]: [number, number, number]) => {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    const i = (y * width + x) * 3;
    pixels[i] = r; pixels[i + 1] = g; pixels[i + 2] = b;
  };
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const n of nodes) {
    minX = Math.min(minX, n.x); maxX = Math.max(maxX, n.x);
    minY = Math.min(minY, n.y); maxY = Math.max(maxY, n.y);
  }
  // Nodes as large as a small map allows, so the fallback reads at page width; the layout
  // is centred in the space its shape leaves over.
  const r = nodes.length <= 100 ? 12 : 6;
  const margin = 2 * r + 12;
  const scale = Math.min((width - 2 * margin) / Math.max(1, maxX - minX), (height - 2 * margin) / Math.max(1, maxY - minY));
  const left = (width - (maxX - minX) * scale) / 2;
  const top = (height - (maxY - minY) * scale) / 2;
  const px = (n: PlacedNode) => Math.round(left + (n.x - minX) * scale);
  const py = (n: PlacedNode) => Math.round(top + (n.y - minY) * scale);
  const at = new Map(nodes.map((n) => [n.id, n]));
  const grey = rgb('#b1b4b6');
  for (const [a, b] of edges) {
    const p = at.get(a);
    const q = at.get(b);
    if (!p || !q) continue;
    let x0 = px(p), y0 = py(p);
    const x1 = px(q), y1 = py(q);
    const dx = Math.abs(x1 - x0), dy = -Math.abs(y1 - y0);
    const sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1;
    let err = dx + dy;
    for (let guard = 0; guard < width + height; guard++) {
      set(x0, y0, grey);
      if (x0 === x1 && y0 === y1) break;
      const e2 = 2 * err;
      if (e2 >= dy) { err += dy; x0 += sx; }
      if (e2 <= dx) { err += dx; y0 += sy; }
    }
  }
  for (const n of nodes) {
    const style = NODE_STYLES[n.kind];
    const colour = rgb(style.colour);
    const cx = px(n), cy = py(n);
    for (let oy = -r; oy <= r; oy++) {
      for (let ox = -r; ox <= r; ox++) {
        const inside = style.shape === 'ellipse' ? ox * ox + oy * oy <= r * r : style.shape === 'diamond' ? Math.abs(ox) + Math.abs(oy) <= r : true;
        if (inside) set(cx + ox, cy + oy, colour);
      }
    }
  }
  // Each scanline starts with filter type 0 (none).
  const raw = new Uint8Array(height * (width * 3 + 1));
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * width * 3, (y + 1) * width * 3), y * (width * 3 + 1) + 1);
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const signature = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);
  const parts = [signature, chunk('IHDR', header), chunk('IDAT', zlibSync(raw, { level: 6 })), chunk('IEND', new Uint8Array())];
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
