/**
 * The framework's removals as commands (see app/commands.ts): each is one validated write
 * through the framework repository, confirmed with Undo that puts the item back in its
 * place. The pure edits are in domain/framework/edit.ts.
 */
import type { Command } from '../../app/commands.ts';
import { db } from '../../db/index.ts';
import { updateFramework } from '../../db/frameworkRepository.ts';
import {
  relinkRecommendation, removeActivity, removeIssue, removePriority, restoreActivity, restoreIssue, restorePriority, unlinkRecommendation,
  type FrameworkFile, type RemovedActivity, type RemovedIssue, type RemovedPriority, type ReviewRef, type Unlinked,
} from '../../domain/framework/index.ts';

/** Runs a removal inside the repository's one transaction and hands back what it removed. */
async function removing<R>(frameworkId: string, remove: (file: FrameworkFile) => { file: FrameworkFile; removed: R }): Promise<R> {
  let removed: R | undefined;
  await updateFramework(db, frameworkId, (file) => {
    const result = remove(file);
    removed = result.removed;
    return result.file;
  });
  return removed!;
}

export const priorityHeadingId = (priorityId: string) => `priority-${priorityId}`;
export const activityHeadingId = (activityId: string) => `activity-${activityId}`;
export const issueId = (id: string) => `issue-${id}`;

export interface PriorityRemoval { frameworkId: string; priorityId: string; label: string }

export const removePriorityCommand: Command<PriorityRemoval, RemovedPriority> = {
  failure: 'Could not remove the priority',
  run: ({ frameworkId, priorityId }) => removing(frameworkId, (f) => removePriority(f, priorityId)),
  describe: (removed, { label }) => {
    const n = removed.priority.activities.length;
    return `Removed ${label}${n ? ` and its ${n === 1 ? 'activity' : `${n} activities`}` : ''}.`;
  },
  undo: (removed, { frameworkId }) => updateFramework(db, frameworkId, (f) => restorePriority(f, removed)),
  focusAfter: () => 'priorities-heading',
  focusAfterUndo: (removed) => priorityHeadingId(removed.priority.id),
};

export interface ActivityRemoval { frameworkId: string; activityId: string; label: string }

export const removeActivityCommand: Command<ActivityRemoval, RemovedActivity> = {
  failure: 'Could not remove the activity',
  run: ({ frameworkId, activityId }) => removing(frameworkId, (f) => removeActivity(f, activityId)),
  describe: (_, { label }) => `Removed ${label}.`,
  undo: (removed, { frameworkId }) => updateFramework(db, frameworkId, (f) => restoreActivity(f, removed)),
  focusAfter: (removed) => priorityHeadingId(removed.priorityId),
  focusAfterUndo: (removed) => activityHeadingId(removed.activity.id),
};

export interface IssueRemoval { frameworkId: string; issueId: string; title: string }

export const removeIssueCommand: Command<IssueRemoval, RemovedIssue> = {
  failure: 'Could not remove the framework issue',
  run: ({ frameworkId, issueId: id }) => removing(frameworkId, (f) => removeIssue(f, id)),
  describe: (_, { title }) => `Removed the framework issue “${title}”.`,
  undo: (removed, { frameworkId }) => updateFramework(db, frameworkId, (f) => restoreIssue(f, removed)),
  focusAfter: () => 'issues-heading',
  focusAfterUndo: (removed) => issueId(removed.issue.id),
};

export interface Unlinking { frameworkId: string; activityId: string; ref: ReviewRef; label: string }

export const unlinkCommand: Command<Unlinking, Unlinked> = {
  failure: 'Could not unlink the recommendation',
  run: ({ frameworkId, activityId, ref }) => removing(frameworkId, (f) => unlinkRecommendation(f, activityId, ref)),
  describe: (_, { label }) => `Unlinked ${label}.`,
  undo: (removed, { frameworkId }) => updateFramework(db, frameworkId, (f) => relinkRecommendation(f, removed)),
  focusAfter: (removed) => activityHeadingId(removed.activityId),
  focusAfterUndo: (removed) => activityHeadingId(removed.activityId),
};
