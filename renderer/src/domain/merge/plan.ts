/**
 * Compares our review file with a colleague's, entity by entity and field by field, by
 * id and never by name. With a common ancestor (`base`) the comparison is three-way: a
 * change made on one side only comes across by itself, and only a field both sides
 * changed differently, or an edit against a deletion, is a conflict. Without one it is
 * plainly two-way: every difference is a conflict, and nothing is dropped by default.
 */
import type { ReviewFile } from '../reviewFile.ts';
import { deepEqual, keyOf } from './equal.ts';
import type { Entity, MergeChange, MergeConflict, MergePlan, MergeTable, PlannedEntity } from './types.ts';
import { MERGE_TABLES } from './types.ts';

/** Raised when two files cannot be merged at all (another review's file). */
export class MergeError extends Error {
  override readonly name = 'MergeError';
}

/** Fields merged by a rule rather than compared: times, logs, and passage offsets (re-anchored). */
const RULED: Partial<Record<MergeTable, ReadonlySet<string>>> = {
  review: new Set(['id', 'createdAt', 'updatedAt', 'mergeLog', 'personalDataAcknowledgements']),
  excerpts: new Set(['id', 'start', 'end']),
  networks: new Set(['id', 'createdAt']),
};
const ID_ONLY: ReadonlySet<string> = new Set(['id']);

/**
 * A peer network as one entity of the merge. Its title, date and source note are fields
 * like any other, but its people, incidents, institutions and links are one field,
 * `content`, compared and chosen as a whole. Why: the ids inside a network are the
 * reviewer's own ("P12"), typed on each laptop, and links refer to them. Taking one
 * side's people with the other side's links could leave a link to nobody, give one id to
 * a person on one side and an institution on the other, or quietly re-attach a link to a
 * different young person who happens to share an id. Each side's content is consistent,
 * so choosing one side's content whole always leaves a consistent network.
 */
export const NETWORK_CONTENT = ['people', 'incidents', 'institutions', 'links'] as const;

function networkEntity(network: NonNullable<ReviewFile['networks']>[number]): Entity {
  const { people, incidents, institutions, links, ...rest } = network;
  return { ...rest, content: { people, incidents, institutions, links } };
}

/** The file as lists of entities, one list per table (the review itself is a list of one). */
export function tablesOf(file: ReviewFile): Record<MergeTable, Entity[]> {
  const { reviewers, ...review } = file.review;
  return {
    review: [review as Entity],
    reviewers: reviewers as Entity[],
    agencies: file.agencies as Entity[],
    themes: file.themes as Entity[],
    engagements: file.engagements as Entity[],
    excerpts: file.excerpts as Entity[],
    findings: file.findings as Entity[],
    recommendations: file.recommendations as Entity[],
    actions: file.actions as Entity[],
    networks: (file.networks ?? []).map(networkEntity),
  };
}

/** Three-way merge of two arrays as sets: base, plus what either side added, less what either removed. */
function mergeArrays(base: readonly unknown[], ours: readonly unknown[], theirs: readonly unknown[]): unknown[] {
  const baseKeys = new Set(base.map(keyOf));
  const theirKeys = new Set(theirs.map(keyOf));
  const ourKeys = new Set(ours.map(keyOf));
  const kept = ours.filter((item) => {
    const key = keyOf(item);
    return !baseKeys.has(key) || theirKeys.has(key); // removed by them: gone
  });
  const keptKeys = new Set(kept.map(keyOf));
  const added = theirs.filter((item) => {
    const key = keyOf(item);
    return !baseKeys.has(key) && !ourKeys.has(key) && !keptKeys.has(key);
  });
  return [...kept, ...added];
}

interface EntityMerge {
  value: Entity | undefined;
  conflicts: MergeConflict[];
  /** Fields taken from their side. */
  fields: string[];
}

function mergeFields(table: MergeTable, o: Entity, t: Entity, b: Entity | undefined): EntityMerge {
  const ruled = RULED[table] ?? ID_ONLY;
  const value: Record<string, unknown> = { ...o };
  const conflicts: MergeConflict[] = [];
  const fields: string[] = [];
  const keys = new Set([...Object.keys(o), ...Object.keys(t)]);
  for (const field of keys) {
    if (ruled.has(field)) continue;
    const ov = o[field];
    const tv = t[field];
    if (deepEqual(ov, tv)) continue;
    const bv = b?.[field];
    let merged: unknown;
    if (b && deepEqual(ov, bv)) merged = tv;
    else if (b && deepEqual(tv, bv)) merged = ov;
    else if (b && Array.isArray(ov) && Array.isArray(tv) && (bv === undefined || Array.isArray(bv))) {
      merged = mergeArrays((bv as unknown[] | undefined) ?? [], ov, tv);
    } else {
      conflicts.push({ table, id: o.id, field, ours: ov, theirs: tv, ...(b && { base: bv }) });
      // Until decided: ours, or theirs where ours has nothing, so nothing is dropped.
      if (ov === undefined) value[field] = tv;
      continue;
    }
    if (merged === undefined) delete value[field];
    else value[field] = merged;
    if (!deepEqual(merged, ov)) fields.push(field);
  }
  if (table === 'excerpts' && fields.includes('text')) {
    value.start = t.start;
    value.end = t.end;
  }
  if (table === 'review') mergeReviewRules(value, o, t);
  return { value: value as Entity, conflicts, fields };
}

function sortedUnion(a: unknown, b: unknown): unknown[] | undefined {
  const left = Array.isArray(a) ? a : [];
  const right = Array.isArray(b) ? b : [];
  if (!left.length && !right.length) return undefined;
  const seen = new Set(left.map(keyOf));
  const all = [...left, ...right.filter((item) => !seen.has(keyOf(item)))];
  return all.sort((x, y) => String((x as { at?: string }).at).localeCompare(String((y as { at?: string }).at)));
}

/** The review's own times and logs: earliest creation, latest change, every log entry kept. */
function mergeReviewRules(value: Record<string, unknown>, o: Entity, t: Entity): void {
  const created = [o.createdAt, t.createdAt].map(String).sort();
  value.createdAt = created[0];
  value.updatedAt = [o.updatedAt, t.updatedAt].map(String).sort()[1];
  for (const field of ['mergeLog', 'personalDataAcknowledgements']) {
    const union = sortedUnion(o[field], t[field]);
    if (union) value[field] = union;
    else delete value[field];
  }
}

function mergeEntity(table: MergeTable, o: Entity | undefined, t: Entity | undefined, b: Entity | undefined, hasBase: boolean): EntityMerge {
  if (o && t) return mergeFields(table, o, t, b);
  const present = (o ?? t)!;
  const whole = (): EntityMerge => ({
    value: present,
    conflicts: [{ table, id: present.id, field: '*', ours: o, theirs: t, ...(b && { base: b }) }],
    fields: [],
  });
  if (!hasBase) return whole();
  if (!b) return { value: present, conflicts: [], fields: [] }; // added on one side
  if (deepEqual(present, b)) return { value: undefined, conflicts: [], fields: [] }; // deleted on the other
  return whole(); // edited on one side, deleted on the other
}

/**
 * Compares `ours` (this computer's review) with `theirs` (a colleague's file of the same
 * review). `base`, when given, is the common ancestor: the exact file both started from.
 * Throws MergeError when the files are of different reviews.
 */
export function mergeReviewFiles(ours: ReviewFile, theirs: ReviewFile, options: { base?: ReviewFile } = {}): MergePlan {
  if (ours.review.id !== theirs.review.id) throw new MergeError('This file is of another review, so it cannot be merged into this one.');
  const base = options.base && options.base.review.id === ours.review.id ? options.base : undefined;
  const [o, t, b] = [tablesOf(ours), tablesOf(theirs), base ? tablesOf(base) : undefined];
  const entities: PlannedEntity[] = [];
  const conflicts: MergeConflict[] = [];
  const changes: MergeChange[] = [];
  let conflicted = 0;
  for (const table of MERGE_TABLES) {
    const ourById = new Map(o[table].map((e) => [e.id, e]));
    const theirById = new Map(t[table].map((e) => [e.id, e]));
    const baseById = new Map((b?.[table] ?? []).map((e) => [e.id, e]));
    const ids = new Set([...ourById.keys(), ...theirById.keys(), ...baseById.keys()]);
    for (const id of ids) {
      const [oe, te, be] = [ourById.get(id), theirById.get(id), baseById.get(id)];
      const merged = oe || te ? mergeEntity(table, oe, te, be, base !== undefined) : { value: undefined, conflicts: [], fields: [] };
      entities.push({ table, id, value: merged.value, ours: oe, theirs: te, base: be });
      if (merged.conflicts.length) {
        conflicted += 1;
        conflicts.push(...merged.conflicts);
      } else if (!oe && te && merged.value) changes.push({ table, id, kind: 'added', fields: [] });
      else if (oe && !merged.value) changes.push({ table, id, kind: 'removed', fields: [] });
      else if (oe && te && merged.fields.length) changes.push({ table, id, kind: 'changed', fields: merged.fields });
    }
  }
  const count = (kind: MergeChange['kind']) => changes.filter((c) => c.kind === kind).length;
  return {
    conflicts,
    summary: { added: count('added'), changed: count('changed'), removed: count('removed'), conflicts: conflicted },
    changes,
    mode: base ? 'three-way' : 'two-way',
    entities,
    ours,
    theirs,
    ...(base && { base }),
  };
}
