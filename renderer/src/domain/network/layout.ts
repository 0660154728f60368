/**
 * A small deterministic force-directed layout, for pictures drawn without a screen (the
 * Word report's map). The on-screen map uses Cytoscape's fCoSE; this one needs no DOM and
 * gives the same picture every time for the same network: nodes start on a circle in
 * file order, then a fixed number of Fruchterman–Reingold steps with a grid of cells for
 * the repulsion, so each step is close to linear.
 */
import type { NetworkGraph } from './graph.ts';
import type { PlacedNode } from './svg.ts';

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
  for (let step = 0; step < iterations; step++) {
    dx.fill(0);
    dy.fill(0);
    const grid = new Map<string, number[]>();
    for (let i = 0; i < count; i++) {
      const key = `${Math.floor(xs[i]! / cell)},${Math.floor(ys[i]! / cell)}`;
      const list = grid.get(key);
      if (list) list.push(i);
      else grid.set(key, [i]);
    }
    for (let i = 0; i < count; i++) {
      const gx = Math.floor(xs[i]! / cell);
      const gy = Math.floor(ys[i]! / cell);
      for (let ox = -1; ox <= 1; ox++) {
        for (let oy = -1; oy <= 1; oy++) {
          for (const j of grid.get(`${gx + ox},${gy + oy}`) ?? []) {
            if (j === i) continue;
            let ddx = xs[i]! - xs[j]!;
            let ddy = ys[i]! - ys[j]!;
            let d2 = ddx * ddx + ddy * ddy;
            if (d2 < 0.01) { ddx = ((i * 7) % 5) - 2 + 0.1; ddy = ((i * 3) % 5) - 2 + 0.1; d2 = ddx * ddx + ddy * ddy; }
            const force = (k * k) / d2;
            dx[i] = dx[i]! + ddx * force;
            dy[i] = dy[i]! + ddy * force;
          }
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
