/** Picking a colleague's file, comparing it with the review here, and writing the merge. */
import type { Command } from '../../app/commands.ts';
import { db } from '../../db/index.ts';
import { findMergeBase } from '../../db/mergeBaseRepository.ts';
import { applyMerge, undoMerge, type MergeUndo } from '../../db/mergeRepository.ts';
import { exportReviewFile } from '../../db/reviewFileRepository.ts';
import { applyMergePlan, conflictKey, defaultChoice, mergeReviewFiles, type MergePlan } from '../../domain/merge/index.ts';
import type { MergeChoice, ReviewFile } from '../../domain/reviewFile.ts';
import { count, plural } from '../../domain/words/counts.ts';

/** Compares their file with this review as it is now, three-way when a common ancestor is kept. */
export async function prepareMerge(reviewId: string, theirs: ReviewFile): Promise<MergePlan> {
  const [ours, base] = await Promise.all([exportReviewFile(db, reviewId), findMergeBase(db, theirs)]);
  return mergeReviewFiles(ours, theirs, base ? { base } : {});
}

export interface MergeInput {
  plan: MergePlan;
  fileName: string;
  /** The reviewer's decision per conflict (conflictKey); a conflict not listed takes the default. */
  choices: ReadonlyMap<string, MergeChoice>;
  from: string;
}

/** Applies the plan as decided, all or nothing; Undo puts the review back as it was. */
export const mergeCommand: Command<MergeInput, MergeUndo> = {
  failure: 'Could not merge the file',
  run: ({ plan, choices, from }) => {
    const merged = applyMergePlan(plan, (c) => choices.get(conflictKey(c)) ?? defaultChoice(c), { from });
    return applyMerge(db, merged, plan.theirs);
  },
  describe: (_, { plan, fileName }) => {
    const { added, changed, removed, conflicts } = plan.summary;
    return `Merged ${fileName} into the review: ${count(added)} new, ${count(changed)} changed, ${count(removed)} removed, ${plural(conflicts, 'item')} with conflicts decided.`;
  },
  undo: (undo) => undoMerge(db, undo),
  focusAfter: () => 'merge-log-heading',
  focusAfterUndo: () => 'merge-heading',
};
