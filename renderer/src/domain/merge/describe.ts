/** Words for a merge preview: what an entity and a field are called, and how a value reads. */
import { plural } from '../words/counts.ts';
import type { Entity, MergeConflict, MergePlan, MergeTable } from './types.ts';

export const TABLE_LABELS: Record<MergeTable, string> = {
  review: 'Review', reviewers: 'Review team member', agencies: 'Agency', themes: 'Theme', engagements: 'Engagement',
  excerpts: 'Passage', findings: 'Finding', recommendations: 'Recommendation', actions: 'Action', networks: 'Peer network',
};

const FIELD_LABELS: Record<string, string> = {
  '*': 'kept or deleted', excerptIds: 'passages cited', findingIds: 'findings answered', agencyIds: 'agencies',
  reviewerIds: 'reviewers', themeIds: 'themes', themeId: 'theme', parentId: 'parent theme', leadAgencyId: 'lead agency',
  partnerAgencyIds: 'partner agencies', ownerAgencyId: 'owner', recommendationId: 'recommendation', agencyId: 'who said it',
  engagementId: 'engagement', isQuote: 'may be quoted', durationMinutes: 'duration (minutes)', participantCount: 'participants',
  dueDate: 'due date', startDate: 'start date', endDate: 'end date', termsOfReference: 'terms of reference',
  localDefinition: 'local definition', localContext: 'local context', protectiveMarking: 'protective marking',
  successMeasure: 'success measure', templateId: 'template', retentionDate: 'retention date',
  sourceNote: 'source note', content: 'people, incidents, institutions and links',
};

/** A field's name in words: `excerptIds` → "passages cited", `title` → "title". */
export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field.replace(/([A-Z])/g, ' $1').toLowerCase();
}

const clip = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** What an entity is called on screen: its title, name or words, never just its id. */
export function entityName(table: MergeTable, entity: Entity | undefined): string {
  if (!entity) return TABLE_LABELS[table];
  if (table === 'recommendations' && typeof entity.number === 'number') return `${entity.number}. ${clip(String(entity.title ?? ''))}`;
  for (const field of ['title', 'name', 'description', 'text']) {
    const value = entity[field];
    if (typeof value === 'string' && value.trim()) return clip(value.trim());
  }
  return `${TABLE_LABELS[table]} without a title`;
}

/** Names of every entity in either file, by id, for showing lists of references. */
export function namesById(plan: MergePlan): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of plan.entities) names.set(e.id, entityName(e.table, e.ours ?? e.theirs ?? e.base));
  return names;
}

/** A value as the preview shows it: text as written, lists of references by name. */
export function describeValue(value: unknown, names: ReadonlyMap<string, string>): string {
  if (value === undefined || value === null || value === '') return '(nothing)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') return names.get(value) ?? value;
  if (typeof value === 'number') return String(value);
  if (isNetworkContent(value)) return networkContentWords(value);
  if (Array.isArray(value)) {
    if (!value.length) return '(none)';
    return value.map((v) => (typeof v === 'string' ? names.get(v) ?? v : JSON.stringify(v))).join('; ');
  }
  return JSON.stringify(value);
}

type NetworkContent = Record<'people' | 'incidents' | 'institutions' | 'links', unknown[]>;

function isNetworkContent(value: unknown): value is NetworkContent {
  return typeof value === 'object' && value !== null && ['people', 'incidents', 'institutions', 'links'].every((k) => Array.isArray((value as Record<string, unknown>)[k]));
}

/** A network's content in words: how many of each, and the first few people by their pseudonymous labels. */
function networkContentWords(value: NetworkContent): string {
  const labels = (value.people as Array<{ label?: unknown }>).map((p) => String(p.label)).slice(0, 5);
  const more = value.people.length > labels.length ? ', …' : '';
  const counts = `${plural(value.people.length, 'person', 'people')}, ${plural(value.incidents.length, 'incident')}, ${plural(value.institutions.length, 'institution')}, ${plural(value.links.length, 'link')}`;
  return labels.length ? `${counts} (${labels.join(', ')}${more})` : counts;
}

/** The stable key of a conflict, for holding the reviewer's decision. */
export function conflictKey(c: Pick<MergeConflict, 'table' | 'id' | 'field'>): string {
  return `${c.table}:${c.id}:${c.field}`;
}

/** True when keeping both texts makes sense: two texts (notes, details, titles). */
export function canKeepBoth(c: MergeConflict): boolean {
  if (c.field === '*' || typeof c.ours !== 'string' || typeof c.theirs !== 'string') return false;
  if (c.table !== 'networks') return true;
  // A network's title is a short label: one of the two, never both. Its source note keeps both only while it fits.
  return c.field === 'sourceNote' && keepBothLength(c.ours, c.theirs) <= NETWORK_NOTE_MAX;
}

const NETWORK_NOTE_MAX = 2000;
const keepBothLength = (ours: string, theirs: string) => ours.length + theirs.length + 2;
