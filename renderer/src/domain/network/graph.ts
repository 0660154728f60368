/**
 * The network as a graph: people on one side, incidents and institutions on the other,
 * an edge wherever a person is linked to one (repeated links and several roles or
 * attendance periods make one edge). With `overlappingAttendanceOnly`, a person's link
 * to an institution is kept only when their attendance there overlaps another person's
 * (a missing start or end is open), so an institution joins only people who were there
 * at the same time. Linear in the links, except the overlap check, which compares the
 * attendance periods of each institution's people pairwise.
 */
import type { NetworkLink, PeerNetwork } from './schema.ts';

export type NodeKind = 'person' | 'incident' | 'institution';

export interface GraphNode {
  id: string;
  kind: NodeKind;
  label: string;
  /** Distinct neighbours: for a person its incidents and institutions, otherwise its people. */
  neighbours: string[];
}

export interface NetworkGraph {
  nodes: GraphNode[];
  byId: Map<string, GraphNode>;
  /** One per person–target pair, person first. */
  edges: Array<[string, string]>;
}

export interface GraphOptions {
  overlappingAttendanceOnly?: boolean;
}

type Period = [from: string, to: string];
const OPEN_START = '0000-00-00';
const OPEN_END = '9999-99-99';

const overlaps = (a: Period, b: Period) => a[0] <= b[1] && b[0] <= a[1];

/** Each institution's people with their attendance periods. */
function attendance(links: readonly NetworkLink[], institutions: ReadonlySet<string>): Map<string, Map<string, Period[]>> {
  const out = new Map<string, Map<string, Period[]>>();
  for (const link of links) {
    if (!institutions.has(link.target)) continue;
    let people = out.get(link.target);
    if (!people) out.set(link.target, (people = new Map()));
    const periods = people.get(link.person) ?? [];
    periods.push([link.from ?? OPEN_START, link.to ?? OPEN_END]);
    people.set(link.person, periods);
  }
  return out;
}

/**
 * For each institution, the pairs of its people whose attendance overlapped, as a
 * callback (each pair once per institution).
 */
export function overlappingPairs(network: PeerNetwork, onPair: (institution: string, a: string, b: string) => void): void {
  const institutionIds = new Set(network.institutions.map((i) => i.id));
  for (const [institution, people] of attendance(network.links, institutionIds)) {
    const entries = [...people];
    for (let i = 0; i < entries.length; i++) {
      const [a, pa] = entries[i]!;
      for (let j = i + 1; j < entries.length; j++) {
        const [b, pb] = entries[j]!;
        if (pa.some((p) => pb.some((q) => overlaps(p, q)))) onPair(institution, a, b);
      }
    }
  }
}

/** Builds the graph of a network (see the file comment for the overlap option). */
export function networkGraph(network: PeerNetwork, options: GraphOptions = {}): NetworkGraph {
  const nodes: GraphNode[] = [
    ...network.people.map((p) => ({ id: p.id, kind: 'person' as const, label: p.label, neighbours: [] as string[] })),
    ...network.incidents.map((x) => ({ id: x.id, kind: 'incident' as const, label: x.label, neighbours: [] as string[] })),
    ...network.institutions.map((x) => ({ id: x.id, kind: 'institution' as const, label: x.label, neighbours: [] as string[] })),
  ];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  let keep: ((person: string, target: string) => boolean) | null = null;
  if (options.overlappingAttendanceOnly) {
    const kept = new Set<string>();
    overlappingPairs(network, (institution, a, b) => {
      kept.add(`${a}\u0000${institution}`);
      kept.add(`${b}\u0000${institution}`);
    });
    keep = (person, target) => byId.get(target)?.kind !== 'institution' || kept.has(`${person}\u0000${target}`);
  }
  const seen = new Set<string>();
  const edges: Array<[string, string]> = [];
  for (const { person, target } of network.links) {
    const key = `${person}\u0000${target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const p = byId.get(person);
    const t = byId.get(target);
    if (!p || !t || (keep && !keep(person, target))) continue;
    p.neighbours.push(target);
    t.neighbours.push(person);
    edges.push([person, target]);
  }
  return { nodes, byId, edges };
}

/** The ids of what has at least two distinct neighbours: what the "two connections" filter keeps. */
export function keptIds(graph: NetworkGraph): Set<string> {
  return new Set(graph.nodes.filter((n) => n.neighbours.length >= 2).map((n) => n.id));
}

/**
 * The people each person is connected to (sharing an incident or an institution; with
 * the overlap option, an institution they attended at the same time), as sets.
 */
export function connectedPeople(network: PeerNetwork, graph: NetworkGraph, options: GraphOptions = {}): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>(network.people.map((p) => [p.id, new Set<string>()]));
  const join = (a: string, b: string) => {
    if (a === b) return;
    out.get(a)?.add(b);
    out.get(b)?.add(a);
  };
  for (const node of graph.nodes) {
    if (node.kind === 'person') continue;
    if (node.kind === 'institution' && options.overlappingAttendanceOnly) continue;
    const people = node.neighbours;
    for (let i = 0; i < people.length; i++) for (let j = i + 1; j < people.length; j++) join(people[i]!, people[j]!);
  }
  if (options.overlappingAttendanceOnly) overlappingPairs(network, (_institution, a, b) => join(a, b));
  return out;
}

/**
 * Focus on one person: the person, what they are linked to, and the people they are
 * connected with through those.
 */
export function focusIds(graph: NetworkGraph, personId: string): Set<string> {
  const out = new Set<string>();
  const person = graph.byId.get(personId);
  if (!person) return out;
  out.add(personId);
  for (const target of person.neighbours) {
    out.add(target);
    for (const other of graph.byId.get(target)?.neighbours ?? []) out.add(other);
  }
  return out;
}
