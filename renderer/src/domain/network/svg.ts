/**
 * A network map as a standalone SVG document, drawn from node positions (the map's own
 * layout, or layoutNetwork's). Pure string building: every label is escaped, so user
 * text never becomes markup. Shapes and colours match the on-screen map (NODE_STYLES).
 */
import type { NodeKind } from './graph.ts';

/** Shape and colour of each kind of node: shape as well as colour, so colour is not the only cue. */
export const NODE_STYLES: Record<NodeKind, { shape: 'ellipse' | 'diamond' | 'rectangle'; colour: string; name: string }> = {
  person: { shape: 'ellipse', colour: '#1d70b8', name: 'Person (circle)' },
  incident: { shape: 'diamond', colour: '#d4351c', name: 'Incident (diamond)' },
  institution: { shape: 'rectangle', colour: '#00703c', name: 'Institution (square)' },
};

export interface PlacedNode {
  id: string;
  kind: NodeKind;
  label: string;
  x: number;
  y: number;
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
const fixed = (n: number) => (Math.round(n * 10) / 10).toString();

const SIZE = 18;
const MARGIN = 40;

/** Draws the nodes and edges (pairs of node ids) as an SVG document with a title for screen readers. */
export function networkSvg(nodes: readonly PlacedNode[], edges: ReadonlyArray<readonly [string, string]>, title: string): string {
  const at = new Map(nodes.map((n) => [n.id, n]));
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const n of nodes) {
    minX = Math.min(minX, n.x); maxX = Math.max(maxX, n.x);
    minY = Math.min(minY, n.y); maxY = Math.max(maxY, n.y);
  }
  if (nodes.length === 0) { minX = minY = 0; maxX = maxY = 100; }
  const width = maxX - minX + 2 * MARGIN;
  const height = maxY - minY + 2 * MARGIN;
  const x = (v: number) => fixed(v - minX + MARGIN);
  const y = (v: number) => fixed(v - minY + MARGIN);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${fixed(width)}" height="${fixed(height)}" viewBox="0 0 ${fixed(width)} ${fixed(height)}" role="img" aria-labelledby="title">`,
    `<title id="title">${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    '<g stroke="#b1b4b6" stroke-width="1">',
  ];
  for (const [a, b] of edges) {
    const p = at.get(a);
    const q = at.get(b);
    if (p && q) parts.push(`<line x1="${x(p.x)}" y1="${y(p.y)}" x2="${x(q.x)}" y2="${y(q.y)}"/>`);
  }
  parts.push('</g>', '<g font-family="Arial, sans-serif" font-size="10" fill="#0b0c0c">');
  const h = SIZE / 2;
  for (const n of nodes) {
    const style = NODE_STYLES[n.kind];
    const cx = n.x - minX + MARGIN;
    const cy = n.y - minY + MARGIN;
    if (style.shape === 'ellipse') parts.push(`<circle cx="${fixed(cx)}" cy="${fixed(cy)}" r="${h}" fill="${style.colour}"/>`);
    else if (style.shape === 'diamond') parts.push(`<polygon points="${fixed(cx)},${fixed(cy - h)} ${fixed(cx + h)},${fixed(cy)} ${fixed(cx)},${fixed(cy + h)} ${fixed(cx - h)},${fixed(cy)}" fill="${style.colour}"/>`);
    else parts.push(`<rect x="${fixed(cx - h)}" y="${fixed(cy - h)}" width="${SIZE}" height="${SIZE}" fill="${style.colour}"/>`);
    parts.push(`<text x="${fixed(cx)}" y="${fixed(cy + h + 11)}" text-anchor="middle">${escapeXml(n.label)}</text>`);
  }
  parts.push('</g>', '</svg>');
  return parts.join('\n');
}
