/** The headline figures of a peer network (issue 15, after Crest's analysis in seed 002). */
import { networkGraph, overlappingPairs, type GraphOptions, type NetworkGraph } from './graph.ts';
import type { PeerNetwork } from './schema.ts';

export interface NetworkFigures {
  people: number;
  incidents: number;
  institutions: number;
  /** People connected (through a shared incident or institution) to at least two distinct others. */
  peopleConnectedToTwoOrMore: number;
  /** Incidents linked to at least two distinct people. */
  incidentsWithTwoOrMorePeople: number;
  /** Institutions linked to at least two distinct people (with the overlap option: two there at the same time). */
  institutionsWithTwoOrMorePeople: number;
  /** Share (0 to 1) of all people, incidents and institutions with at least two distinct linked neighbours. */
  keptShare: number;
}

/**
 * The figures. A person is connected to another when they share at least one incident
 * or institution; with `overlappingAttendanceOnly`, an institution links two people only
 * when their attendance periods overlap (a missing start or end is open).
 */
export function networkFigures(network: PeerNetwork, options: GraphOptions = {}): NetworkFigures {
  return figuresOfGraph(network, networkGraph(network, options), options);
}

/** networkFigures for a graph already built (the map screen builds one anyway). */
export function figuresOfGraph(network: PeerNetwork, graph: NetworkGraph, options: GraphOptions = {}): NetworkFigures {
  let incidents = 0;
  let institutions = 0;
  let kept = 0;
  for (const node of graph.nodes) {
    const many = node.neighbours.length >= 2;
    if (many) kept++;
    if (many && node.kind === 'incident') incidents++;
    if (many && node.kind === 'institution') institutions++;
  }
  return {
    people: network.people.length,
    incidents: network.incidents.length,
    institutions: network.institutions.length,
    peopleConnectedToTwoOrMore: countConnectedToTwo(network, graph, options),
    incidentsWithTwoOrMorePeople: incidents,
    institutionsWithTwoOrMorePeople: institutions,
    keptShare: graph.nodes.length === 0 ? 0 : kept / graph.nodes.length,
  };
}

/**
 * People connected to at least two others, stopping each person's search at two, so a
 * school of 2,000 costs no more than its members. With the overlap option, institutions
 * count through their overlapping pairs.
 */
function countConnectedToTwo(network: PeerNetwork, graph: NetworkGraph, options: GraphOptions): number {
  const others = new Map<string, Set<string>>();
  const note = (a: string, b: string) => {
    let set = others.get(a);
    if (!set) others.set(a, (set = new Set()));
    if (set.size < 2) set.add(b);
  };
  for (const person of network.people) {
    const node = graph.byId.get(person.id)!;
    for (const target of node.neighbours) {
      const t = graph.byId.get(target)!;
      if (t.kind === 'institution' && options.overlappingAttendanceOnly) continue;
      for (const other of t.neighbours) {
        if (other !== person.id) note(person.id, other);
        if ((others.get(person.id)?.size ?? 0) >= 2) break;
      }
      if ((others.get(person.id)?.size ?? 0) >= 2) break;
    }
  }
  // With the overlap option, an institution connects exactly its overlapping pairs.
  if (options.overlappingAttendanceOnly) {
    overlappingPairs(network, (_institution, a, b) => {
      note(a, b);
      note(b, a);
    });
  }
  let count = 0;
  for (const set of others.values()) if (set.size >= 2) count++;
  return count;
}
