import { describe, expect, it } from 'vitest';
import { generatedArea, sampleReview } from '../../../../test/helpers/frameworkReviews.ts';
import {
  activityTraces, addActivity, addIssue, addPriority, areaRecommendations, draftFramework, editActivity, editIssue, editPriority, findActivity,
  FrameworkIndex, linkRecommendation, parseFrameworkFile, relinkRecommendation, removeActivity, removeIssue, removePriority, restoreActivity,
  restoreIssue, restorePriority, unlinkRecommendation, type ActivityFields, type FrameworkFile,
} from './index.ts';

const draft = (): FrameworkFile => {
  const file = draftFramework([sampleReview(), generatedArea(1, 'Eastmoor')], { title: 'Wessex framework', region: 'Wessex' });
  return { ...file, framework: { ...file.framework, partners: [
    { id: U1, name: 'Police', sector: 'police', role: '' },
    { id: U2, name: 'Public health', sector: 'health', role: '' },
  ] } };
};
const fields = (over: Partial<ActivityFields> = {}): ActivityFields => ({
  title: '  County hub ', detail: '', leadPartnerId: U1, supportingPartnerIds: [U2, U1], timescale: '6-months', measures: ' Referrals ', recommendations: [], ...over,
});
const U = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [U1, U2, U3, U4, U5, U6, U7] = [1, 2, 3, 4, 5, 6, 7].map(U) as [string, string, string, string, string, string, string];
/** Every edit must leave a file the repository accepts. */
const valid = (file: FrameworkFile) => parseFrameworkFile(structuredClone(file));

describe('editing priorities', () => {
  it('adds, edits and removes a priority, and Undo puts it back in its place with its activities', () => {
    const file = draft();
    const added = valid(addPriority(file, { title: ' Safer school journeys ', detail: 'Routes to school' }, U3));
    expect(added.priorities.at(-1)).toMatchObject({ id: U3, title: 'Safer school journeys', activities: [], headings: [] });
    const edited = valid(editPriority(added, U3, { title: 'Safer journeys', detail: '' }));
    expect(edited.priorities.at(-1)!.title).toBe('Safer journeys');
    const first = edited.priorities[0]!.id;
    const withActivity = addActivity(edited, first, fields(), U4);
    const { file: without, removed } = removePriority(withActivity, first);
    expect(without.priorities.some((p) => p.id === first)).toBe(false);
    expect(restorePriority(without, removed)).toEqual(withActivity);
    expect(file.priorities.some((p) => p.id === U3)).toBe(false);
    expect(() => editPriority(file, '00000000-0000-4000-8000-000000000099', { title: 'x', detail: '' })).toThrow('That priority is no longer in this framework.');
  });

  it('restores a priority without references to issues or partners removed meanwhile', () => {
    let file = addIssue(draft(), { title: 'Hub gaps', theme: 'x', kind: 'gap', findings: [] }, U5);
    const first = file.priorities[0]!.id;
    file = { ...file, priorities: file.priorities.map((p, i) => (i === 0 ? { ...p, issueIds: [U5] } : p)) };
    file = addActivity(file, first, fields(), U4);
    const { file: without, removed } = removePriority(file, first);
    const later = { ...removeIssue(without, U5).file, framework: { ...without.framework, partners: without.framework.partners.filter((p) => p.id !== U1) } };
    const back = valid(restorePriority(later, removed));
    expect(back.priorities[0]!.issueIds).toEqual([]);
    expect(back.priorities[0]!.activities[0]!.leadPartnerId).toBeUndefined();
  });
});

describe('editing framework issues', () => {
  it('adds, renames, regroups and removes an issue; Undo restores it and the priorities that took it up', () => {
    const file = draft();
    const f0 = file.reviews[0]!.findings[0]!;
    const f1 = file.reviews[1]!.findings[0]!;
    let next = valid(addIssue(file, { title: ' Hubs ', theme: 'Exploitation', kind: 'gap', findings: [{ reviewId: file.reviews[0]!.id, id: f0.id }, { reviewId: file.reviews[1]!.id, id: f1.id }] }, U5));
    expect(next.issues.at(-1)!.title).toBe('Hubs');
    next = valid(editIssue(next, U5, { title: 'Exploitation hubs', findings: [{ reviewId: file.reviews[0]!.id, id: f0.id }] }));
    expect(next.issues.at(-1)).toMatchObject({ title: 'Exploitation hubs', findings: [{ id: f0.id }] });
    next = { ...next, priorities: next.priorities.map((p, i) => (i === 1 ? { ...p, issueIds: [...p.issueIds, U5] } : p)) };
    const { file: without, removed } = removeIssue(next, U5);
    valid(without);
    expect(without.priorities.some((p) => p.issueIds.includes(U5))).toBe(false);
    expect(restoreIssue(without, removed)).toEqual(next);
  });
});

describe('editing activities and their links', () => {
  it('adds and edits an activity, tidying its text and partners', () => {
    const file = draft();
    const pid = file.priorities[0]!.id;
    const added = valid(addActivity(file, pid, fields(), U4));
    expect(findActivity(added, U4)!.activity).toMatchObject({ title: 'County hub', measures: 'Referrals', supportingPartnerIds: [U2], leadPartnerId: U1 });
    const edited = valid(editActivity(added, U4, fields({ title: 'Hub', leadPartnerId: undefined, timescale: '12-months' })));
    expect(findActivity(edited, U4)!.activity).toMatchObject({ title: 'Hub', timescale: '12-months', supportingPartnerIds: [U2, U1] });
    expect(findActivity(edited, U4)!.activity.leadPartnerId).toBeUndefined();
  });

  it('removes an activity and Undo puts it back in its place; with its priority gone it says so', () => {
    const base = draft();
    const pid = base.priorities[0]!.id;
    const file = addActivity(addActivity(base, pid, fields({ title: 'A' }), U6), pid, fields({ title: 'B' }), U7);
    const { file: without, removed } = removeActivity(file, U6);
    expect(findActivity(without, U7)!.activityIndex).toBe(0);
    expect(restoreActivity(without, removed)).toEqual(file);
    expect(() => restoreActivity(removePriority(without, pid).file, removed)).toThrow('has been removed');
    expect(() => removeActivity(without, U6)).toThrow('That activity is no longer in this framework.');
  });

  it('links an activity to a recommendation of another priority, traces it to findings and area, and unlinks with Undo', () => {
    const file = draft();
    const first = file.priorities[0]!;
    const other = file.priorities.slice(1).find((p) => p.recommendations.length > 0)!.recommendations[0]!;
    let next = valid(addActivity(file, first!.id, fields(), U4));
    next = valid(linkRecommendation(next, U4, other));
    expect(linkRecommendation(next, U4, other)).toEqual(next);
    const index = new FrameworkIndex(next);
    const trace = activityTraces(index).find((t) => t.activity.id === U4)!;
    expect(trace.number).toBe('1.1');
    expect(trace.recommendations[0]!.review.id).toBe(other.reviewId);
    expect(trace.recommendations[0]!.findings.map((f) => f.id)).toEqual(index.recommendation(other)!.findingIds.filter((id) => index.finding({ reviewId: other.reviewId, id })));
    const row = areaRecommendations(index, '2026-01-01').find((r) => r.recommendation.id === other.id && r.review.id === other.reviewId)!;
    expect(row.covering).toEqual([{ number: '1.1', activityId: U4 }]);
    const { file: unlinked, removed } = unlinkRecommendation(next, U4, other);
    expect(findActivity(unlinked, U4)!.activity.recommendations).toEqual([]);
    expect(relinkRecommendation(unlinked, removed)).toEqual(next);
    expect(() => unlinkRecommendation(unlinked, U4, other)).toThrow('no longer linked');
  });

  it('never changes the file it is given', () => {
    const file = draft();
    const before = structuredClone(file);
    const pid = file.priorities[0]!.id;
    addPriority(file, { title: 'x', detail: '' }, U3);
    removePriority(file, pid);
    linkRecommendation(addActivity(file, pid, fields(), U4), U4, file.priorities.flatMap((p) => p.recommendations)[0]!);
    expect(file).toEqual(before);
  });
});
