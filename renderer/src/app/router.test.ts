import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute } from './router.ts';

const ID = '00000000-0000-4000-8000-000000000001';
const ENGAGEMENT = '00000000-0000-4000-8000-00000000001e';

describe('parseRoute', () => {
  it.each([
    ['', { page: 'reviews' }],
    ['#/', { page: 'reviews' }],
    [`#/reviews/${ID}`, { page: 'workspace', reviewId: ID, stage: 'scope' }],
    [`#/reviews/${ID}/engage`, { page: 'workspace', reviewId: ID, stage: 'engage' }],
    [`#/reviews/${ID}/engage/${ENGAGEMENT}`, { page: 'workspace', reviewId: ID, stage: 'engage', engagementId: ENGAGEMENT }],
    [`#/reviews/${ID}/analyse/${ENGAGEMENT}`, { page: 'not-found' }],
    [`#/reviews/${ID}/engage/not-an-id`, { page: 'not-found' }],
    [`#/reviews/${ID}/nonsense`, { page: 'not-found' }],
    ['#/../../etc', { page: 'not-found' }],
  ])('%j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips through hrefFor', () => {
    const route = { page: 'workspace', reviewId: ID, stage: 'report' } as const;
    expect(parseRoute(hrefFor(route))).toEqual(route);
    const notes = { page: 'workspace', reviewId: ID, stage: 'engage', engagementId: ENGAGEMENT } as const;
    expect(hrefFor(notes)).toBe(`#/reviews/${ID}/engage/${ENGAGEMENT}`);
    expect(parseRoute(hrefFor(notes))).toEqual(notes);
  });
});
