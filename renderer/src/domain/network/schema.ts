/**
 * A peer network inside a review (issue 15): pseudonymous people, incidents and
 * institutions, and the links between them. This zod schema is the review file's
 * top-level `networks` field (optional in v1) and the shape of a `networks` table row
 * (plus its reviewId). Ids inside a network are the reviewer's own (e.g. "P12"), unique
 * across its people, incidents and institutions; a network's own id is a UUID v4.
 * Defined here, not in reviewFile.ts, so reviewFile.ts can import it without a cycle.
 */
import { z } from 'zod';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isNetworkDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** How a person took part in an incident. */
export const LINK_ROLES = ['victim', 'perpetrator', 'witness', 'other'] as const;
export type LinkRole = (typeof LINK_ROLES)[number];

export const ENTITY_ID_MAX = 64;
export const LABEL_MAX = 200;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').refine(isNetworkDate, 'expected YYYY-MM-DD');
// The reviewer's id for an entity: no spaces at either end (ids are trimmed on import).
const entityId = z.string().max(ENTITY_ID_MAX).regex(/^\S(?:.*\S)?$/, 'expected an id with no spaces at either end');
const label = z.string().max(LABEL_MAX).regex(/\S/, 'must not be empty');
const shortText = z.string().max(LABEL_MAX);

export const networkPersonSchema = z.strictObject({ id: entityId, label, group: shortText.optional() });
export const networkIncidentSchema = z.strictObject({ id: entityId, label, kind: shortText, date: date.optional() });
export const networkInstitutionSchema = z.strictObject({ id: entityId, label, kind: shortText });
export const networkLinkSchema = z.strictObject({
  person: entityId,
  target: entityId,
  /** For a link to an incident only. */
  role: z.enum(LINK_ROLES).optional(),
  /** Attendance, for a link to an institution only; a missing end is open. */
  from: date.optional(),
  to: date.optional(),
});

export type NetworkPerson = z.infer<typeof networkPersonSchema>;
export type NetworkIncident = z.infer<typeof networkIncidentSchema>;
export type NetworkInstitution = z.infer<typeof networkInstitutionSchema>;
export type NetworkLink = z.infer<typeof networkLinkSchema>;

/** The content of a network: what the template's four files carry. */
export interface PeerNetwork {
  people: NetworkPerson[];
  incidents: NetworkIncident[];
  institutions: NetworkInstitution[];
  links: NetworkLink[];
}

/**
 * Checks what zod cannot: ids unique across the three kinds of entity, every link from a
 * person to an incident or institution, roles only on incident links, attendance dates
 * only on institution links and in order. Iterative and linear. Returns the first
 * problem's path (relative to the network) and message, or null.
 */
export function networkProblem(network: PeerNetwork): { path: (string | number)[]; message: string } | null {
  const kinds = new Map<string, 'person' | 'incident' | 'institution'>();
  const lists = [['people', network.people, 'person'], ['incidents', network.incidents, 'incident'], ['institutions', network.institutions, 'institution']] as const;
  for (const [key, list, kind] of lists) {
    for (let i = 0; i < list.length; i++) {
      const id = list[i]!.id;
      if (kinds.has(id)) return { path: [key, i, 'id'], message: `the id "${id}" is used twice in this network` };
      kinds.set(id, kind);
    }
  }
  for (let i = 0; i < network.links.length; i++) {
    const link = network.links[i]!;
    if (kinds.get(link.person) !== 'person') return { path: ['links', i, 'person'], message: `no person has the id "${link.person}"` };
    const target = kinds.get(link.target);
    if (target !== 'incident' && target !== 'institution') return { path: ['links', i, 'target'], message: `no incident or institution has the id "${link.target}"` };
    if (target === 'incident' && link.role === undefined) return { path: ['links', i, 'role'], message: 'a link to an incident needs a role' };
    if (target === 'institution' && link.role !== undefined) return { path: ['links', i, 'role'], message: 'a link to an institution has no role' };
    if (target === 'incident' && (link.from !== undefined || link.to !== undefined)) return { path: ['links', i, 'from'], message: 'attendance dates are for institutions only' };
    if (link.from !== undefined && link.to !== undefined && link.from > link.to) return { path: ['links', i, 'to'], message: 'the end of attendance is before its start' };
  }
  return null;
}

const content = {
  people: z.array(networkPersonSchema),
  incidents: z.array(networkIncidentSchema),
  institutions: z.array(networkInstitutionSchema),
  links: z.array(networkLinkSchema),
};

/** One network as the review file carries it. */
export const networkSchema = z.strictObject({
  id: z.string().regex(UUID_V4, 'expected a lower-case UUID v4'),
  title: label,
  /** When the data was drawn, YYYY-MM-DD. */
  date: date.optional(),
  /** Where the data came from (e.g. "YOT caseload and incident log, March 2026"). */
  sourceNote: z.string().max(2000),
  ...content,
  createdAt: z.iso.datetime({ message: 'expected an ISO 8601 UTC instant' }),
}).superRefine((network, ctx) => {
  const problem = networkProblem(network);
  if (problem) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
});

export type Network = z.infer<typeof networkSchema>;
