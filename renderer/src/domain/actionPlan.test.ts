import { describe, expect, it } from 'vitest';
import { actionsByRecommendation, filterActions, historyNewestFirst, isFiltering, latestUpdate } from './actionPlan.ts';
import type { Action } from './reviewFile.ts';
import { id } from '../../../test/helpers/reviewFileBuilder.ts';

const TODAY = '2026-04-24';
const action = (n: number, over: Partial<Action>): Action => ({
  id: id(n), recommendationId: id(60), description: `Action ${n}`, ownerAgencyId: id(10), status: 'on-track', updates: [], ...over,
});
const plan = [
  action(1, { dueDate: '2026-04-01' }),
  action(2, { ownerAgencyId: id(11), status: 'at-risk', dueDate: '2026-04-01' }),
  action(3, { ownerAgencyId: id(11), status: 'complete', dueDate: '2026-01-01' }),
  action(4, { recommendationId: id(61), status: 'at-risk' }),
];
const ids = (actions: Action[]) => actions.map((a) => a.id);

describe('filtering the plan', () => {
  it('narrows by owner, status and overdue, together', () => {
    expect(ids(filterActions(plan, {}, TODAY))).toEqual(ids(plan));
    expect(ids(filterActions(plan, { ownerAgencyId: id(11) }, TODAY))).toEqual([id(2), id(3)]);
    expect(ids(filterActions(plan, { status: 'at-risk' }, TODAY))).toEqual([id(2), id(4)]);
    expect(ids(filterActions(plan, { isOverdueOnly: true }, TODAY))).toEqual([id(1), id(2)]);
    expect(ids(filterActions(plan, { isOverdueOnly: true, ownerAgencyId: id(11), status: 'at-risk' }, TODAY))).toEqual([id(2)]);
    expect(filterActions(plan, { status: 'off-track' }, TODAY)).toEqual([]);
  });

  it('knows when it narrows anything', () => {
    expect(isFiltering({})).toBe(false);
    expect(isFiltering({ ownerAgencyId: undefined, isOverdueOnly: false })).toBe(false);
    expect(isFiltering({ isOverdueOnly: true })).toBe(true);
    expect(isFiltering({ status: 'complete' })).toBe(true);
  });
});

describe('grouping and history', () => {
  it('puts actions under recommendations in number order, keeping empty ones', () => {
    const recommendations = [{ id: id(61), number: 2 }, { id: id(60), number: 1 }, { id: id(62), number: 3 }];
    expect(actionsByRecommendation(recommendations, plan).map((g) => [g.recommendation.number, ids(g.actions)])).toEqual([
      [1, [id(1), id(2), id(3)]], [2, [id(4)]], [3, []],
    ]);
  });

  it('reads the newest update last and shows the history newest first with stored places', () => {
    const updates = [{ date: '2026-01-01', note: 'a', status: 'on-track' }, { date: '2026-02-01', note: 'b', status: 'at-risk' }] as const;
    const withUpdates = action(5, { updates: [...updates] });
    expect(latestUpdate(withUpdates)).toEqual(updates[1]);
    expect(latestUpdate(action(6, {}))).toBeUndefined();
    expect(historyNewestFirst([...updates]).map((h) => [h.update.note, h.index])).toEqual([['b', 1], ['a', 0]]);
  });
});
