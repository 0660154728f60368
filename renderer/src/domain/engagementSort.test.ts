import { describe, expect, it } from 'vitest';
import { arrangeTimetable, DEFAULT_SORT, filterEngagements, neighbour, nextSort, sortEngagements } from './engagementSort.ts';
import type { Engagement } from './reviewFile.ts';

type Item = Pick<Engagement, 'id' | 'date' | 'kind' | 'title' | 'agencyIds'>;
const item = (id: string, date: string, kind: Item['kind'], title: string, agencyIds: string[] = []): Item => ({ id, date, kind, title, agencyIds });

const items: Item[] = [
  item('a', '2026-03-04', 'workshop', 'Safeguarding leads', ['p']),
  item('b', '2026-03-02', 'interview', 'Sergeant 10', ['p']),
  item('c', '2026-03-02', 'young-people', 'sergeant 9', ['h']),
  item('d', '2026-03-03', 'focus-group', 'Nurses', ['h', 'p']),
];
const ids = (list: Item[]) => list.map((e) => e.id);

describe('sortEngagements', () => {
  it('sorts by date with title as the tie-break (numbers read as numbers, case ignored)', () => {
    expect(ids(sortEngagements(items, DEFAULT_SORT))).toEqual(['c', 'b', 'd', 'a']);
  });

  it('reverses only the chosen column', () => {
    expect(ids(sortEngagements(items, { key: 'date', direction: 'descending' }))).toEqual(['a', 'd', 'c', 'b']);
  });

  it('sorts kinds by their words, not their codes', () => {
    // Focus group, Interview, Session with young people, Workshop
    expect(ids(sortEngagements(items, { key: 'kind', direction: 'ascending' }))).toEqual(['d', 'b', 'c', 'a']);
  });

  it('sorts by title and leaves its input alone', () => {
    const copy = [...items];
    expect(ids(sortEngagements(items, { key: 'title', direction: 'ascending' }))).toEqual(['d', 'a', 'c', 'b']);
    expect(items).toEqual(copy);
  });

  it('keeps the input order for complete ties', () => {
    const twins = [item('x', '2026-01-01', 'survey', 'Same'), item('y', '2026-01-01', 'survey', 'same')];
    expect(ids(sortEngagements(twins, { key: 'kind', direction: 'descending' }))).toEqual(['x', 'y']);
  });
});

describe('filterEngagements', () => {
  it('filters by kind, by agency, by both, or not at all', () => {
    expect(ids(filterEngagements(items, {}))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(filterEngagements(items, { kind: 'interview' }))).toEqual(['b']);
    expect(ids(filterEngagements(items, { agencyId: 'h' }))).toEqual(['c', 'd']);
    expect(ids(filterEngagements(items, { kind: 'focus-group', agencyId: 'p' }))).toEqual(['d']);
    expect(ids(arrangeTimetable(items, DEFAULT_SORT, { agencyId: 'p' }))).toEqual(['b', 'd', 'a']);
  });
});

describe('nextSort and neighbour', () => {
  it('flips the same column and starts another ascending', () => {
    expect(nextSort(DEFAULT_SORT, 'date')).toEqual({ key: 'date', direction: 'descending' });
    expect(nextSort({ key: 'date', direction: 'descending' }, 'title')).toEqual({ key: 'title', direction: 'ascending' });
  });

  it('steps through the order, stopping at the ends', () => {
    const order = ['c', 'b', 'd'];
    expect(neighbour(order, 'b', 1)).toBe('d');
    expect(neighbour(order, 'b', -1)).toBe('c');
    expect(neighbour(order, 'd', 1)).toBeUndefined();
    expect(neighbour(order, 'c', -1)).toBeUndefined();
    expect(neighbour(order, undefined, 1)).toBe('c');
    expect(neighbour(order, 'zz', -1)).toBe('d');
    expect(neighbour([], undefined, 1)).toBeUndefined();
  });
});
