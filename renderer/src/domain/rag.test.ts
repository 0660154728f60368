import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isOverdue, ragOf, rollUp, rollUpByAgency, rollUpByRecommendation, summariseRollUp, type ActionStatus } from './rag.ts';
import { ACTION_STATUSES, parseReviewFileText } from './reviewFile.ts';
import { id, makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';

const sample = parseReviewFileText(readFileSync(new URL('../../../templates/samples/sallowmere.review.json', import.meta.url)));
const TODAY = '2026-04-24';
const act = (status: ActionStatus, dueDate?: string) => ({ status, dueDate });
const overall = (statuses: ActionStatus[], today = TODAY) => rollUp(statuses.map((s) => act(s)), today).overall.label;

describe('RAG of a status', () => {
  it('gives every status a colour state and a distinct text label', () => {
    expect(ACTION_STATUSES.map((s) => [s, ragOf(s).rag, ragOf(s).label])).toEqual([
      ['not-started', 'none', 'Not started'],
      ['on-track', 'green', 'On track'],
      ['at-risk', 'amber', 'At risk'],
      ['off-track', 'red', 'Off track'],
      ['complete', 'complete', 'Complete'],
    ]);
  });
});

describe('overdue', () => {
  it('is a due date before today on an action that is not complete', () => {
    expect(isOverdue(act('on-track', '2026-04-23'), TODAY)).toBe(true);
    expect(isOverdue(act('not-started', '2025-12-31'), TODAY)).toBe(true);
    expect(isOverdue(act('on-track', TODAY), TODAY)).toBe(false);
    expect(isOverdue(act('complete', '2026-01-01'), TODAY)).toBe(false);
    expect(isOverdue(act('off-track'), TODAY)).toBe(false);
  });

  it('refuses a today that is not a YYYY-MM-DD date', () => {
    expect(() => isOverdue(act('on-track', '2026-01-01'), '24/04/2026')).toThrow(RangeError);
    expect(() => rollUp([], '2026-02-30')).toThrow(RangeError);
  });
});

describe('roll-up', () => {
  it('takes the worst open status; all complete is Complete; none is No actions', () => {
    expect(overall([])).toBe('No actions');
    expect(overall(['complete', 'complete'])).toBe('Complete');
    expect(overall(['complete', 'on-track'])).toBe('On track');
    expect(overall(['on-track', 'not-started'])).toBe('On track');
    expect(overall(['not-started', 'complete'])).toBe('Not started');
    expect(overall(['on-track', 'at-risk', 'complete'])).toBe('At risk');
    expect(overall(['at-risk', 'off-track', 'not-started'])).toBe('Off track');
  });

  it('counts an overdue action as Off track overall but keeps its recorded status in the counts', () => {
    const r = rollUp([act('on-track', '2026-04-01'), act('complete', '2026-01-01'), act('on-track')], TODAY);
    expect(r.overall).toEqual({ rag: 'red', label: 'Off track' });
    expect(r.overdue).toBe(1);
    expect(r.total).toBe(3);
    expect(r.counts).toEqual({ 'not-started': 0, 'on-track': 2, 'at-risk': 0, 'off-track': 0, complete: 1 });
  });

  it('rolls up the small file by recommendation and by agency', () => {
    const file = makeReviewFile();
    expect(rollUpByRecommendation(file, '2026-05-01').map((r) => r.rollUp.overall.label)).toEqual(['On track']);
    expect(rollUpByRecommendation(file, '2026-06-02').map((r) => r.rollUp.overall.label)).toEqual(['Off track']);
    expect(rollUpByAgency(file, '2026-05-01').map((r) => r.agency.id)).toEqual([id(11)]);
  });
});

describe('roll-up of the Sallowmere action plan', () => {
  it('rates each recommendation by its worst open action', () => {
    const rows = rollUpByRecommendation(sample, TODAY);
    expect(rows.map((r) => [r.recommendation.number, r.rollUp.total, r.rollUp.overall.label])).toEqual([
      [1, 4, 'Off track'], [2, 2, 'On track'], [3, 2, 'At risk'], [4, 2, 'Off track'], [5, 1, 'Not started'],
    ]);
    expect(rows.every((r) => r.rollUp.overdue === 0)).toBe(true);
  });

  it('a missed due date turns recommendation 3 to Off track', () => {
    const three = rollUpByRecommendation(sample, '2026-05-02').find((r) => r.recommendation.number === 3)!;
    expect(three.rollUp.overdue).toBe(1);
    expect(three.rollUp.overall.label).toBe('Off track');
  });

  it('by agency, covers every action once, in the file’s agency order', () => {
    const rows = rollUpByAgency(sample, TODAY);
    expect(rows.reduce((n, r) => n + r.rollUp.total, 0)).toBe(sample.actions.length);
    for (const { agency, rollUp: r } of rows) {
      const owned = sample.actions.filter((a) => a.ownerAgencyId === agency.id);
      expect(r.total).toBe(owned.length);
      for (const s of ACTION_STATUSES) expect(r.counts[s]).toBe(owned.filter((a) => a.status === s).length);
    }
    const order = rows.map((r) => sample.agencies.indexOf(r.agency));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe('summary line', () => {
  it('counts by status in reading order, leaving out empty statuses, then the overdue', () => {
    const statuses: ActionStatus[] = ['on-track', 'on-track', 'on-track', 'on-track', 'at-risk', 'at-risk', 'off-track', 'complete', 'complete', 'complete', 'not-started'];
    const actions = statuses.map((s, i) => act(s, i < 2 ? '2026-01-01' : undefined));
    expect(summariseRollUp(rollUp(actions, TODAY))).toBe('11 actions: 4 on track, 2 at risk, 1 off track, 3 complete, 1 not started; 2 overdue');
    expect(summariseRollUp(rollUp([act('complete', '2026-01-01')], TODAY))).toBe('1 action: 1 complete; none overdue');
    expect(summariseRollUp(rollUp([], TODAY))).toBe('No actions yet.');
  });
});
