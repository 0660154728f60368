/**
 * Edits of a network's content in the app, each returning a new network (the input is
 * never changed) or throwing a NetworkEditError in plain words. Renaming an entity's id
 * carries its links with it; removing an entity removes its links.
 */
import { z } from 'zod';
import {
  networkIncidentSchema, networkInstitutionSchema, networkLinkSchema, networkPersonSchema, networkProblem,
  type NetworkIncident, type NetworkInstitution, type NetworkLink, type NetworkPerson, type PeerNetwork,
} from './schema.ts';

export class NetworkEditError extends Error {
  override readonly name = 'NetworkEditError';
  constructor(message: string, readonly field?: string) {
    super(message);
  }
}

export type EntityKind = 'person' | 'incident' | 'institution';
type EntityOf<K extends EntityKind> = K extends 'person' ? NetworkPerson : K extends 'incident' ? NetworkIncident : NetworkInstitution;
const LIST = { person: 'people', incident: 'incidents', institution: 'institutions' } as const;
const SCHEMA = { person: networkPersonSchema, incident: networkIncidentSchema, institution: networkInstitutionSchema } as const;

function checked(network: PeerNetwork): PeerNetwork {
  const problem = networkProblem(network);
  if (problem) throw new NetworkEditError(problem.message.charAt(0).toUpperCase() + problem.message.slice(1), String(problem.path[problem.path.length - 1]));
  return network;
}

function parsed<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = String(issue.path[0] ?? '');
    throw new NetworkEditError(`${field ? `${field.charAt(0).toUpperCase()}${field.slice(1)}: ` : ''}${issue.message}`, field);
  }
  return result.data;
}

/**
 * Adds an entity, or replaces the one whose id was `previousId` (keeping its place).
 * Empty optional text is left out; ids are trimmed.
 */
export function saveEntity<K extends EntityKind>(network: PeerNetwork, kind: K, entity: EntityOf<K>, previousId?: string): PeerNetwork {
  const tidy = Object.fromEntries(Object.entries(entity).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]).filter(([, v]) => v !== '' && v !== undefined));
  const value = parsed(SCHEMA[kind] as unknown as z.ZodType<EntityOf<K>>, tidy);
  const key = LIST[kind];
  const list = network[key] as EntityOf<K>[];
  const next = { ...network };
  if (previousId === undefined) {
    (next[key] as EntityOf<K>[]) = [...list, value];
  } else {
    const at = list.findIndex((e) => e.id === previousId);
    if (at < 0) throw new NetworkEditError('That entry is no longer in this network.');
    (next[key] as EntityOf<K>[]) = list.map((e, i) => (i === at ? value : e));
    if (previousId !== value.id) {
      next.links = network.links.map((l) => ({ ...l, ...(l.person === previousId && { person: value.id }), ...(l.target === previousId && { target: value.id }) }));
    }
  }
  return checked(next);
}

/** Removes an entity and every link to or from it. */
export function removeEntity(network: PeerNetwork, id: string): PeerNetwork {
  return {
    people: network.people.filter((e) => e.id !== id),
    incidents: network.incidents.filter((e) => e.id !== id),
    institutions: network.institutions.filter((e) => e.id !== id),
    links: network.links.filter((l) => l.person !== id && l.target !== id),
  };
}

/** Adds a link (a repeated one is refused, since it would count once anyway). */
export function addLink(network: PeerNetwork, link: NetworkLink): PeerNetwork {
  const tidy = Object.fromEntries(Object.entries(link).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]).filter(([, v]) => v !== '' && v !== undefined));
  const value = parsed(networkLinkSchema, tidy);
  const same = (l: NetworkLink) => l.person === value.person && l.target === value.target && l.role === value.role && l.from === value.from && l.to === value.to;
  if (network.links.some(same)) throw new NetworkEditError('This link is already in the network.');
  return checked({ ...network, links: [...network.links, value] });
}

/** Removes the link at `index`. */
export function removeLink(network: PeerNetwork, index: number): PeerNetwork {
  return { ...network, links: network.links.filter((_, i) => i !== index) };
}
