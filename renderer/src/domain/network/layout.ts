/**
 * A small deterministic force-directed layout, for the Word report's map and for big maps
 * on screen (above BIG_MAP_NODES; a small map is laid out by Cytoscape's fCoSE). It needs
 * no DOM and gives the same picture every time for the same network: nodes start on a
 * circle in file order, then a fixed number of Fruchterman–Reingold steps with a grid of
 * cells for the repulsion, so each step is close to linear.
 */
import type { NetworkGraph } from './graph.ts';
import type { PlacedNode } from './svg.ts';

const AHEAD: ReadonlyArray<readonly [number, number]> = [[1, 0], [-1, 1], [0, 1], [1, 1]];

export function layoutNetwork(graph: NetworkGraph, only?: ReadonlySet<string>, iterations = 120): PlacedNode[] {
  const nodes = graph.nodes.filter((n) => !only || only.has(n.id));
  const count = nodes.length;
  if (count === 0) return [];
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const area = Math.max(1, count) * 2500;
  const k = Math.sqrt(area / count);
  const side = Math.sqrt(area);
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const angle = (2 * Math.PI * i) / count;
    xs[i] = (side / 2) * Math.cos(angle);
    ys[i] = (side / 2) * Math.sin(angle);
  }
  const edges: Array<[number, number]> = [];
  for (const [a, b] of graph.edges) {
    const i = index.get(a);
    const j = index.get(b);
    if (i !== undefined && j !== undefined) edges.push([i, j]);
  }
  const dx = new Float64Array(count);
  const dy = new Float64Array(count);
  let temperature = side / 10;
  const cell = 2 * k;
  // The grid is rebuilt each step as flat arrays (a counting sort of the nodes by cell):
  // string keys in a Map cost more than the forces themselves at a few thousand nodes.
  const cellX = new Int32Array(count);
  const cellY = new Int32Array(count);
  const cellOf = new Int32Array(count);
  const push = (i: number, j: number) => {
    let ddx = xs[i]! - xs[j]!;
    let ddy = ys[i]! - ys[j]!;
    let d2 = ddx * ddx + ddy * ddy;
    if (d2 < 0.01) { ddx = ((i * 7) % 5) - 2 + 0.1; ddy = ((i * 3) % 5) - 2 + 0.1; d2 = ddx * ddx + ddy * ddy; }
    const force = (k * k) / d2;
    dx[i] = dx[i]! + ddx * force; dy[i] = dy[i]! + ddy * force;
    dx[j] = dx[j]! - ddx * force; dy[j] = dy[j]! - ddy * force;
  };
  const order = new Int32Array(count);
  for (let step = 0; step < iterations; step++) {
    dx.fill(0);
    dy.fill(0);
    let minX = Infinity; let minY = Infinity; let maxX = -Infinity; let maxY = -Infinity;
    for (let i = 0; i < count; i++) {
      const cx = Math.floor(xs[i]! / cell);
      const cy = Math.floor(ys[i]! / cell);
      cellX[i] = cx; cellY[i] = cy;
      if (cx < minX) minX = cx; if (cx > maxX) maxX = cx;
      if (cy < minY) minY = cy; if (cy > maxY) maxY = cy;
    }
    const columns = maxX - minX + 1;
    const start = new Int32Array(columns * (maxY - minY + 1) + 1);
    for (let i = 0; i < count; i++) {
      const c = (cellY[i]! - minY) * columns + (cellX[i]! - minX);
      cellOf[i] = c;
      start[c + 1] = start[c + 1]! + 1;
    }
    for (let c = 1; c < start.length; c++) start[c] = start[c]! + start[c - 1]!;
    const fill = start.slice(0, -1);
    for (let i = 0; i < count; i++) { const c = cellOf[i]!; order[fill[c]!] = i; fill[c] = fill[c]! + 1; }
    // Each pair once: a node's own cell after it, and the four cells ahead of its cell
    // (right, and the three below); the push is equal and opposite.
    const rows = maxY - minY + 1;
    for (let c = 0; c < start.length - 1; c++) {
      const x = c % columns;
      const y = (c - x) / columns;
      for (let at = start[c]!, end = start[c + 1]!; at < end; at++) {
        const i = order[at]!;
        for (let other = at + 1; other < end; other++) push(i, order[other]!);
        for (const [ox, oy] of AHEAD) {
          const nx = x + ox;
          const ny = y + oy;
          if (nx < 0 || nx >= columns || ny >= rows) continue;
          const n = ny * columns + nx;
          for (let o = start[n]!, oend = start[n + 1]!; o < oend; o++) push(i, order[o]!);
        }
      }
    }
    for (const [i, j] of edges) {
      const ddx = xs[i]! - xs[j]!;
      const ddy = ys[i]! - ys[j]!;
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 0.01;
      const force = d / k;
      dx[i] = dx[i]! - ddx * force; dy[i] = dy[i]! - ddy * force;
      dx[j] = dx[j]! + ddx * force; dy[j] = dy[j]! + ddy * force;
    }
    for (let i = 0; i < count; i++) {
      // a gentle pull to the centre keeps separate groups on the page
      dx[i] = dx[i]! - xs[i]! * 0.01;
      dy[i] = dy[i]! - ys[i]! * 0.01;
      const d = Math.sqrt(dx[i]! * dx[i]! + dy[i]! * dy[i]!) || 1;
      const move = Math.min(d, temperature);
      xs[i] = xs[i]! + (dx[i]! / d) * move;
      ys[i] = ys[i]! + (dy[i]! / d) * move;
    }
    temperature *= 0.96;
  }
  return nodes.map((n, i) => ({ id: n.id, kind: n.kind, label: n.label, x: xs[i]!, y: ys[i]! }));
}
