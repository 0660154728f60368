/**
 * A lead's edits to a framework, as pure functions over the framework file: priorities,
 * framework issues, activities and the links from an activity to any area recommendation
 * (in its own priority or another). Each returns a new file and leaves its input alone;
 * the framework repository validates the result on every write. A removal also returns
 * what went and where it stood, so Undo puts it back in its place.
 */
import { FrameworkFileError } from './parse.ts';
import type { Activity, FrameworkFile, FrameworkIssue, Priority, ReviewRef } from './schema.ts';

const GONE = {
  priority: 'That priority is no longer in this framework.',
  activity: 'That activity is no longer in this framework.',
  issue: 'That framework issue is no longer in this framework.',
} as const;

const sameRef = (a: ReviewRef, b: ReviewRef) => a.reviewId === b.reviewId && a.id === b.id;
const insertAt = <T>(list: readonly T[], index: number, item: T): T[] => [...list.slice(0, index), item, ...list.slice(index)];

/* Priorities */

export interface PriorityFields { title: string; detail: string }

/** A new priority at the end, with no headings, issues, recommendations or activities yet. */
export function addPriority(file: FrameworkFile, fields: PriorityFields, id: string): FrameworkFile {
  const priority: Priority = { id, title: fields.title.trim(), detail: fields.detail.trim(), headings: [], issueIds: [], recommendations: [], activities: [] };
  return { ...file, priorities: [...file.priorities, priority] };
}

export function editPriority(file: FrameworkFile, priorityId: string, fields: PriorityFields): FrameworkFile {
  if (!file.priorities.some((p) => p.id === priorityId)) throw new FrameworkFileError(GONE.priority);
  return { ...file, priorities: file.priorities.map((p) => (p.id === priorityId ? { ...p, title: fields.title.trim(), detail: fields.detail.trim() } : p)) };
}

export interface RemovedPriority { priority: Priority; index: number }

/** Removes a priority with its activities. */
export function removePriority(file: FrameworkFile, priorityId: string): { file: FrameworkFile; removed: RemovedPriority } {
  const index = file.priorities.findIndex((p) => p.id === priorityId);
  if (index < 0) throw new FrameworkFileError(GONE.priority);
  return { file: { ...file, priorities: file.priorities.filter((p) => p.id !== priorityId) }, removed: { priority: file.priorities[index]!, index } };
}

/** Puts a removed priority back in its place, dropping only references to issues or partners removed since. */
export function restorePriority(file: FrameworkFile, { priority, index }: RemovedPriority): FrameworkFile {
  if (file.priorities.some((p) => p.id === priority.id)) return file;
  const issues = new Set(file.issues.map((x) => x.id));
  const partners = new Set(file.framework.partners.map((p) => p.id));
  const back: Priority = {
    ...priority,
    issueIds: priority.issueIds.filter((id) => issues.has(id)),
    activities: priority.activities.map((a) => withPartners(a, partners)),
  };
  return { ...file, priorities: insertAt(file.priorities, Math.min(index, file.priorities.length), back) };
}

function withPartners(activity: Activity, partners: ReadonlySet<string>): Activity {
  const { leadPartnerId, ...rest } = activity;
  return {
    ...rest,
    ...(leadPartnerId !== undefined && partners.has(leadPartnerId) && { leadPartnerId }),
    supportingPartnerIds: activity.supportingPartnerIds.filter((id) => partners.has(id)),
  };
}

/* Framework issues */

export type IssueFields = Omit<FrameworkIssue, 'id'>;

export function addIssue(file: FrameworkFile, fields: IssueFields, id: string): FrameworkFile {
  return { ...file, issues: [...file.issues, { id, ...fields, title: fields.title.trim() }] };
}

/** Changes an issue's title and, if given, the findings it groups. */
export function editIssue(file: FrameworkFile, issueId: string, fields: { title: string; findings?: ReviewRef[] }): FrameworkFile {
  if (!file.issues.some((x) => x.id === issueId)) throw new FrameworkFileError(GONE.issue);
  return {
    ...file,
    issues: file.issues.map((x) => (x.id === issueId ? { ...x, title: fields.title.trim(), ...(fields.findings && { findings: fields.findings }) } : x)),
  };
}

export interface RemovedIssue { issue: FrameworkIssue; index: number; priorityIds: string[] }

/** Removes an issue and its mentions in priorities (they are noted so Undo restores them). */
export function removeIssue(file: FrameworkFile, issueId: string): { file: FrameworkFile; removed: RemovedIssue } {
  const index = file.issues.findIndex((x) => x.id === issueId);
  if (index < 0) throw new FrameworkFileError(GONE.issue);
  const priorityIds = file.priorities.filter((p) => p.issueIds.includes(issueId)).map((p) => p.id);
  return {
    file: {
      ...file,
      issues: file.issues.filter((x) => x.id !== issueId),
      priorities: file.priorities.map((p) => (p.issueIds.includes(issueId) ? { ...p, issueIds: p.issueIds.filter((id) => id !== issueId) } : p)),
    },
    removed: { issue: file.issues[index]!, index, priorityIds },
  };
}

export function restoreIssue(file: FrameworkFile, { issue, index, priorityIds }: RemovedIssue): FrameworkFile {
  if (file.issues.some((x) => x.id === issue.id)) return file;
  return {
    ...file,
    issues: insertAt(file.issues, Math.min(index, file.issues.length), issue),
    priorities: file.priorities.map((p) => (priorityIds.includes(p.id) && !p.issueIds.includes(issue.id) ? { ...p, issueIds: [...p.issueIds, issue.id] } : p)),
  };
}

/* Activities */

export type ActivityFields = Omit<Activity, 'id'>;

export interface ActivityPlace { priority: Priority; priorityIndex: number; activity: Activity; activityIndex: number }

/** Where an activity stands (its priority and both positions), or undefined. */
export function findActivity(file: FrameworkFile, activityId: string): ActivityPlace | undefined {
  for (const [priorityIndex, priority] of file.priorities.entries()) {
    const activityIndex = priority.activities.findIndex((a) => a.id === activityId);
    if (activityIndex >= 0) return { priority, priorityIndex, activity: priority.activities[activityIndex]!, activityIndex };
  }
  return undefined;
}

function tidy(fields: ActivityFields): ActivityFields {
  const { leadPartnerId, ...rest } = fields;
  return {
    ...rest,
    title: fields.title.trim(),
    detail: fields.detail.trim(),
    measures: fields.measures.trim(),
    ...(leadPartnerId && { leadPartnerId }),
    // The lead is not also a supporting partner; a recommendation is linked once.
    supportingPartnerIds: [...new Set(fields.supportingPartnerIds)].filter((id) => id !== leadPartnerId),
    recommendations: fields.recommendations.filter((ref, i, all) => all.findIndex((x) => sameRef(x, ref)) === i),
  };
}

function changeActivity(file: FrameworkFile, activityId: string, change: (activity: Activity) => Activity): FrameworkFile {
  const place = findActivity(file, activityId);
  if (!place) throw new FrameworkFileError(GONE.activity);
  return {
    ...file,
    priorities: file.priorities.map((p, i) => (i !== place.priorityIndex ? p : { ...p, activities: p.activities.map((a) => (a.id === activityId ? change(a) : a)) })),
  };
}

export function addActivity(file: FrameworkFile, priorityId: string, fields: ActivityFields, id: string): FrameworkFile {
  if (!file.priorities.some((p) => p.id === priorityId)) throw new FrameworkFileError(GONE.priority);
  return { ...file, priorities: file.priorities.map((p) => (p.id === priorityId ? { ...p, activities: [...p.activities, { id, ...tidy(fields) }] } : p)) };
}

export function editActivity(file: FrameworkFile, activityId: string, fields: ActivityFields): FrameworkFile {
  return changeActivity(file, activityId, (a) => ({ id: a.id, ...tidy(fields) }));
}

export interface RemovedActivity { activity: Activity; priorityId: string; index: number }

export function removeActivity(file: FrameworkFile, activityId: string): { file: FrameworkFile; removed: RemovedActivity } {
  const place = findActivity(file, activityId);
  if (!place) throw new FrameworkFileError(GONE.activity);
  return {
    file: { ...file, priorities: file.priorities.map((p, i) => (i === place.priorityIndex ? { ...p, activities: p.activities.filter((a) => a.id !== activityId) } : p)) },
    removed: { activity: place.activity, priorityId: place.priority.id, index: place.activityIndex },
  };
}

/** Puts a removed activity back in its place; if its priority has gone since, there is nowhere to put it. */
export function restoreActivity(file: FrameworkFile, { activity, priorityId, index }: RemovedActivity): FrameworkFile {
  if (findActivity(file, activity.id)) return file;
  if (!file.priorities.some((p) => p.id === priorityId)) throw new FrameworkFileError('The priority this activity was under has been removed, so it cannot be put back.');
  const partners = new Set(file.framework.partners.map((p) => p.id));
  return {
    ...file,
    priorities: file.priorities.map((p) => (p.id !== priorityId ? p : { ...p, activities: insertAt(p.activities, Math.min(index, p.activities.length), withPartners(activity, partners)) })),
  };
}

/* Links from an activity to area recommendations (any area, any priority) */

/** Links an activity to an area recommendation; linking one already linked changes nothing. */
export function linkRecommendation(file: FrameworkFile, activityId: string, ref: ReviewRef): FrameworkFile {
  return changeActivity(file, activityId, (a) => (a.recommendations.some((x) => sameRef(x, ref)) ? a : { ...a, recommendations: [...a.recommendations, { reviewId: ref.reviewId, id: ref.id }] }));
}

export interface Unlinked { activityId: string; ref: ReviewRef; index: number }

export function unlinkRecommendation(file: FrameworkFile, activityId: string, ref: ReviewRef): { file: FrameworkFile; removed: Unlinked } {
  const place = findActivity(file, activityId);
  if (!place) throw new FrameworkFileError(GONE.activity);
  const index = place.activity.recommendations.findIndex((x) => sameRef(x, ref));
  if (index < 0) throw new FrameworkFileError('That recommendation is no longer linked to this activity.');
  return { file: changeActivity(file, activityId, (a) => ({ ...a, recommendations: a.recommendations.filter((x) => !sameRef(x, ref)) })), removed: { activityId, ref, index } };
}

/** Undo of unlink: the link back in its place. */
export function relinkRecommendation(file: FrameworkFile, { activityId, ref, index }: Unlinked): FrameworkFile {
  return changeActivity(file, activityId, (a) => (a.recommendations.some((x) => sameRef(x, ref)) ? a : { ...a, recommendations: insertAt(a.recommendations, Math.min(index, a.recommendations.length), ref) }));
}
