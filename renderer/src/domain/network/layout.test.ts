import { describe, expect, it } from 'vitest';
import { generateNetwork } from '../../../../bench/network/generateNetwork.ts';
import { networkGraph, type NetworkGraph } from './graph.ts';
import { layoutNetwork } from './layout.ts';
import { parseNetworkCsv } from './parse.ts';

const pair = (): NetworkGraph => {
  const nodes = [
    { id: 'A', kind: 'person' as const, label: 'YP-A', neighbours: [] },
    { id: 'B', kind: 'person' as const, label: 'YP-B', neighbours: [] },
  ];
  return { nodes, byId: new Map(nodes.map((n) => [n.id, n])), edges: [] };
};

describe('the force layout', () => {
  it('pushes each pair equally and oppositely: two lone nodes stay mirror images', () => {
    const [a, b] = layoutNetwork(pair(), undefined, 30);
    expect(a!.x).toBeCloseTo(-b!.x, 6);
    expect(a!.y).toBeCloseTo(-b!.y, 6);
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThan(10);
  });

  it('spreads a big generated network: every node placed, finite, and no two on one spot', () => {
    const graph = networkGraph(parseNetworkCsv(generateNetwork({ people: 600, incidents: 100, institutions: 200 })));
    const placed = layoutNetwork(graph, undefined, 60);
    expect(placed).toHaveLength(900);
    expect(placed.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(new Set(placed.map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`)).size).toBe(900);
    // Linked nodes end nearer each other than the average pair.
    const at = new Map(placed.map((p) => [p.id, p]));
    const distance = (a: string, b: string) => Math.hypot(at.get(a)!.x - at.get(b)!.x, at.get(a)!.y - at.get(b)!.y);
    const linked = graph.edges.reduce((sum, [a, b]) => sum + distance(a, b), 0) / graph.edges.length;
    let all = 0;
    for (let i = 0; i < 200; i++) all += distance(placed[i]!.id, placed[(i * 37 + 11) % 900]!.id);
    expect(linked).toBeLessThan(all / 200);
  });
});
