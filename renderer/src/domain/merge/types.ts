/** The shapes a merge of two review files works with: entities, conflicts and the plan. */
import type { MergeChoice, ReviewFile } from '../reviewFile.ts';

/** The review file's arrays a merge compares entity by entity (`review` is the one review row). */
export const MERGE_TABLES = [
  'review', 'reviewers', 'agencies', 'themes', 'engagements', 'excerpts', 'findings', 'recommendations', 'actions', 'networks',
] as const;
export type MergeTable = (typeof MERGE_TABLES)[number];

/** Any entity of the file, read as a plain record of fields. */
export type Entity = Readonly<Record<string, unknown>> & { readonly id: string };

/** A field both sides changed differently, or (field `*`) an edit on one side against a deletion on the other. */
export interface MergeConflict {
  table: string;
  id: string;
  field: string;
  ours: unknown;
  theirs: unknown;
  base?: unknown;
}

/** What the colleague's file changes without any conflict, entity by entity. */
export interface MergeChange {
  table: MergeTable;
  id: string;
  kind: 'added' | 'changed' | 'removed';
  /** Fields taken from their file (for `changed`). */
  fields: string[];
}

export interface MergeSummary {
  added: number;
  changed: number;
  removed: number;
  conflicts: number;
}

/** One entity as planned: the value with every agreed field, and both sides for the conflicts. */
export interface PlannedEntity {
  table: MergeTable;
  id: string;
  /** The merged value before conflicts are decided; undefined when it is to be removed. */
  value: Entity | undefined;
  ours: Entity | undefined;
  theirs: Entity | undefined;
  base: Entity | undefined;
}

/**
 * The result of comparing two review files: the conflicts to decide, what comes across
 * by itself, and what applyMergePlan needs. Plain data, so the preview can hold it.
 */
export interface MergePlan {
  conflicts: MergeConflict[];
  summary: MergeSummary;
  changes: MergeChange[];
  mode: 'three-way' | 'two-way';
  entities: PlannedEntity[];
  ours: ReviewFile;
  theirs: ReviewFile;
  base?: ReviewFile;
}

/** Decides one conflict; `both` keeps both texts (text fields only; elsewhere it means ours). */
export type ChooseFn = (conflict: MergeConflict) => MergeChoice;
