/** Merging a colleague's review file into ours: compare (mergeReviewFiles), decide, apply (applyMergePlan). */
export { mergeReviewFiles, MergeError, tablesOf } from './plan.ts';
export { applyMergePlan, defaultChoice, keepBoth, type ApplyOptions } from './apply.ts';
export type { ChooseFn, Entity, MergeChange, MergeConflict, MergePlan, MergeSummary, MergeTable, PlannedEntity } from './types.ts';
export { MERGE_TABLES } from './types.ts';
export { canKeepBoth, conflictKey, describeValue, entityName, fieldLabel, namesById, TABLE_LABELS } from './describe.ts';
