/**
 * Applies a merge plan: decides each conflict, then repairs what two sound files can
 * still break together, so the result always passes parseReviewFile. Repairs never
 * drop anything: a removed entity something still refers to is restored, a passage is
 * re-anchored in the merged notes (and flagged when it cannot be found), recommendation
 * numbers are made unique, and a theme loop is broken by lifting one theme to the top.
 */
import type { MergeChoice, MergeLogEntry, Recommendation, ReviewFile } from '../reviewFile.ts';
import { reanchor } from '../anchoring.ts';
import { renumber } from '../numbering.ts';
import { nowInstant } from '../ids.ts';
import type { ChooseFn, Entity, MergeConflict, MergePlan, MergeTable, PlannedEntity } from './types.ts';
import { MERGE_TABLES } from './types.ts';
import { canKeepBoth } from './describe.ts';

type Mutable = Record<string, unknown> & { id: string };
type Ref = [MergeTable, string];

const keyFor = (table: string, id: string) => `${table}:${id}`;

/** The decision when none is given: ours, unless ours has nothing there (then theirs: nothing dropped). */
export function defaultChoice(conflict: MergeConflict): MergeChoice {
  return conflict.ours === undefined ? 'theirs' : 'ours';
}

/** The text kept when both sides' texts are kept: ours, a blank line, theirs. */
export function keepBoth(ours: string, theirs: string): string {
  return `${ours}\n\n${theirs}`;
}

function effectiveChoice(conflict: MergeConflict, chose: MergeChoice): MergeChoice {
  if (chose !== 'both') return chose;
  return canKeepBoth(conflict) ? 'both' : defaultChoice(conflict);
}

const ids = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const one = (table: MergeTable, value: unknown): Ref[] => (typeof value === 'string' ? [[table, value]] : []);
const many = (table: MergeTable, value: unknown): Ref[] => ids(value).map((id) => [table, id] as Ref);

/** Every reference an entity makes, as [table, id]. */
function refsOf(table: MergeTable, e: Mutable): Ref[] {
  switch (table) {
    case 'themes': return one('themes', e.parentId);
    case 'engagements': return [...many('agencies', e.agencyIds), ...many('reviewers', e.reviewerIds)];
    case 'excerpts': return [...one('engagements', e.engagementId), ...many('themes', e.themeIds), ...one('agencies', e.agencyId)];
    case 'findings': return [...one('themes', e.themeId), ...many('excerpts', e.excerptIds)];
    case 'recommendations': return [...many('findings', e.findingIds), ...one('agencies', e.leadAgencyId), ...many('agencies', e.partnerAgencyIds)];
    case 'actions': return [...one('recommendations', e.recommendationId), ...one('agencies', e.ownerAgencyId)];
    default: return [];
  }
}

/** Restores removed entities that kept ones still refer to, until nothing dangles. */
function restoreReferenced(values: Map<string, Mutable | undefined>, planned: Map<string, PlannedEntity>): string[] {
  const restored: string[] = [];
  for (let changed = true; changed;) {
    changed = false;
    for (const [key, value] of values) {
      if (!value) continue;
      const table = key.slice(0, key.indexOf(':')) as MergeTable;
      for (const [refTable, refId] of refsOf(table, value)) {
        const refKey = keyFor(refTable, refId);
        if (values.get(refKey)) continue;
        const p = planned.get(refKey);
        const source = p?.ours ?? p?.theirs ?? p?.base;
        if (!source) continue; // not in any file: cannot happen for parsed files
        values.set(refKey, { ...source });
        restored.push(refKey);
        changed = true;
      }
    }
  }
  return restored;
}

function breakThemeLoops(themes: Mutable[]): void {
  const byId = new Map(themes.map((t) => [t.id, t]));
  for (const theme of themes) {
    const seen = new Set<string>([theme.id]);
    for (let at = theme.parentId as string | undefined; at !== undefined; at = byId.get(at)?.parentId as string | undefined) {
      if (seen.has(at)) {
        delete theme.parentId; // lifted to the top: a loop has no sound parent
        break;
      }
      seen.add(at);
    }
  }
}

/** Re-anchors every passage in its engagement's merged notes; returns the ids of those that could not be found. */
function reanchorPassages(excerpts: Mutable[], engagements: Mutable[], planned: Map<string, PlannedEntity>): string[] {
  const engagementById = new Map(engagements.map((e) => [e.id, e]));
  const flagged: string[] = [];
  for (const e of engagements) {
    // Notes emptied on one side while the other coded them: the passages' words come back.
    if (e.notes === '' && excerpts.some((x) => x.engagementId === e.id)) {
      e.notes = excerpts.filter((x) => x.engagementId === e.id).map((x) => String(x.text)).join('\n\n') || '[passage kept from a merge]';
    }
  }
  for (const x of excerpts) {
    const engagement = engagementById.get(String(x.engagementId));
    if (!engagement) continue;
    const notes = String(engagement.notes);
    const p = planned.get(keyFor('excerpts', x.id));
    const fromTheirs = p?.theirs && (!p.ours || (x.text === p.theirs.text && x.text !== p.ours.text));
    const side = fromTheirs ? 'theirs' : 'ours';
    const sideEngagement = planned.get(keyFor('engagements', engagement.id))?.[side];
    const oldNotes = typeof sideEngagement?.notes === 'string' ? sideEngagement.notes : undefined;
    const anchor = reanchor({ start: Number(x.start), end: Number(x.end), text: String(x.text) }, notes, oldNotes);
    x.start = anchor.start;
    x.end = anchor.end;
    if (anchor.status === 'lost') flagged.push(x.id);
    // The speaker was heard in this session, so the session keeps them.
    const agencyIds = engagement.agencyIds as string[];
    if (typeof x.agencyId === 'string' && !agencyIds.includes(x.agencyId)) engagement.agencyIds = [...agencyIds, x.agencyId];
  }
  return flagged;
}

function renumberRecommendations(recommendations: Mutable[]): void {
  const numbered = renumber(recommendations as unknown as Recommendation[], []);
  const numberOf = new Map(numbered.map((r) => [r.id, r.number]));
  for (const r of recommendations) r.number = numberOf.get(r.id);
}

function sortUpdates(actions: Mutable[]): void {
  for (const a of actions) {
    if (Array.isArray(a.updates)) a.updates = [...(a.updates as Array<{ date: string }>)].sort((x, y) => x.date.localeCompare(y.date));
  }
}

/** Options for the merge log entry applyMergePlan writes. */
export interface ApplyOptions {
  /** When the merge happened (default: now). */
  at?: string;
  /** Whose file it was, as the reviewer described it. */
  from?: string;
}

/**
 * Decides every conflict with `choose` (by default ours, or theirs where ours has
 * nothing, so nothing is dropped) and returns the merged review file, with an entry in
 * `review.mergeLog`. The result passes parseReviewFile.
 */
export function applyMergePlan(plan: MergePlan, choose?: ChooseFn, options: ApplyOptions = {}): ReviewFile {
  const planned = new Map(plan.entities.map((e) => [keyFor(e.table, e.id), e]));
  const values = new Map<string, Mutable | undefined>(plan.entities.map((e) => [keyFor(e.table, e.id), e.value ? { ...e.value } : undefined]));
  const choices: MergeLogEntry['choices'] = [];
  for (const conflict of plan.conflicts) {
    const chose = effectiveChoice(conflict, choose ? choose(conflict) : defaultChoice(conflict));
    const key = keyFor(conflict.table, conflict.id);
    choices.push({ table: conflict.table, id: conflict.id, field: conflict.field, chose });
    if (conflict.field === '*') {
      const side = (chose === 'theirs' ? conflict.theirs : conflict.ours) as Entity | undefined;
      values.set(key, side ? { ...side } : undefined);
      continue;
    }
    const value = values.get(key);
    if (!value) continue;
    const next = chose === 'both' ? keepBoth(conflict.ours as string, conflict.theirs as string) : chose === 'theirs' ? conflict.theirs : conflict.ours;
    if (next === undefined) delete value[conflict.field];
    else value[conflict.field] = next;
    if (conflict.table === 'excerpts' && conflict.field === 'text' && chose === 'theirs') {
      const theirs = planned.get(key)?.theirs;
      if (theirs) Object.assign(value, { start: theirs.start, end: theirs.end });
    }
  }
  restoreReferenced(values, planned);

  const lists = Object.fromEntries(MERGE_TABLES.map((t) => [t, [] as Mutable[]])) as Record<MergeTable, Mutable[]>;
  const order = [...plan.entities].sort((a, b) => rank(a) - rank(b));
  for (const e of order) {
    const value = values.get(keyFor(e.table, e.id));
    if (value) lists[e.table].push(value);
  }
  breakThemeLoops(lists.themes);
  const flagged = reanchorPassages(lists.excerpts, lists.engagements, planned);
  renumberRecommendations(lists.recommendations);
  sortUpdates(lists.actions);

  const at = options.at ?? nowInstant();
  const review = lists.review[0] ?? { ...plan.ours.review };
  const ourReview = plan.ours.review;
  if (typeof review.startDate === 'string' && typeof review.endDate === 'string' && review.endDate < review.startDate) {
    // Each side moved one end past the other: keep our pair of dates, which agree.
    for (const field of ['startDate', 'endDate'] as const) {
      if (ourReview[field] === undefined) delete review[field];
      else review[field] = ourReview[field];
    }
  }
  const entry: MergeLogEntry = {
    at,
    ...(options.from?.trim() && { from: options.from.trim() }),
    ...(plan.theirs.lineage && { fileId: plan.theirs.lineage.fileId }),
    fileExportedAt: plan.theirs.exportedAt,
    mode: plan.mode,
    added: plan.summary.added,
    changed: plan.summary.changed,
    removed: plan.summary.removed,
    choices,
    ...(flagged.length && { flaggedExcerptIds: flagged }),
  };
  review.mergeLog = [...((review.mergeLog as MergeLogEntry[] | undefined) ?? []), entry];
  if (String(review.updatedAt) < at) review.updatedAt = at;
  const { networks: _ourNetworks, ...ours } = plan.ours;
  return {
    ...ours,
    review: { ...review, reviewers: lists.reviewers } as unknown as ReviewFile['review'],
    agencies: lists.agencies as unknown as ReviewFile['agencies'],
    themes: lists.themes as unknown as ReviewFile['themes'],
    engagements: lists.engagements as unknown as ReviewFile['engagements'],
    excerpts: lists.excerpts as unknown as ReviewFile['excerpts'],
    findings: lists.findings as unknown as ReviewFile['findings'],
    recommendations: lists.recommendations as unknown as ReviewFile['recommendations'],
    actions: lists.actions as unknown as ReviewFile['actions'],
    ...networksOf(lists.networks),
  };
}

/** The merged networks as the file carries them (each one's chosen content unpacked); absent when none. */
function networksOf(networks: Mutable[]): Pick<ReviewFile, 'networks'> {
  if (!networks.length) return {};
  return {
    networks: networks.map(({ content, ...rest }) => ({ ...rest, ...(content as object) })) as unknown as ReviewFile['networks'],
  };
}

/** Our entities first in our order, then theirs in their order, then any restored from the base. */
function rank(e: PlannedEntity): number {
  return e.ours ? 0 : e.theirs ? 1 : 2;
}
