import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute, type Route } from './router.ts';

const ID = '00000000-0000-4000-8000-000000000001';
const ENGAGEMENT = '00000000-0000-4000-8000-00000000001e';
const ITEM = '00000000-0000-4000-8000-0000000000aa';

describe('parseRoute', () => {
  it.each([
    ['', { page: 'reviews' }],
    ['#/', { page: 'reviews' }],
    ['#/security', { page: 'security' }],
    ['#/training', { page: 'training' }],
    ['#/training/results', { page: 'training-results' }],
    [`#/training/attempts/${ID}`, { page: 'training-attempt', attemptId: ID }],
    [`#/reviews/${ID}`, { page: 'workspace', reviewId: ID, stage: 'overview' }],
    [`#/reviews/${ID}/overview`, { page: 'workspace', reviewId: ID, stage: 'overview' }],
    [`#/reviews/${ID}?focus=${ITEM}`, { page: 'workspace', reviewId: ID, stage: 'overview', focus: ITEM }],
    [`#/reviews/${ID}/scope`, { page: 'workspace', reviewId: ID, stage: 'scope' }],
    [`#/reviews/${ID}/report?focus=local-context`, { page: 'workspace', reviewId: ID, stage: 'report', focus: 'local-context' }],
    [`#/reviews/${ID}/engage`, { page: 'workspace', reviewId: ID, stage: 'engage' }],
    [`#/reviews/${ID}/engage/${ENGAGEMENT}`, { page: 'workspace', reviewId: ID, stage: 'engage', engagementId: ENGAGEMENT }],
    [`#/reviews/${ID}/analyse`, { page: 'workspace', reviewId: ID, stage: 'analyse' }],
    [`#/reviews/${ID}/analyse/coverage`, { page: 'workspace', reviewId: ID, stage: 'analyse', view: 'coverage' }],
    [`#/reviews/${ID}/analyse/code/${ENGAGEMENT}`, { page: 'workspace', reviewId: ID, stage: 'analyse', view: 'code', engagementId: ENGAGEMENT }],
    [`#/reviews/${ID}/analyse/code/${ENGAGEMENT}?at=10-24`, { page: 'workspace', reviewId: ID, stage: 'analyse', view: 'code', engagementId: ENGAGEMENT, at: { start: 10, end: 24 } }],
    [`#/reviews/${ID}/analyse/findings?focus=${ITEM}`, { page: 'workspace', reviewId: ID, stage: 'analyse', view: 'findings', focus: ITEM }],
    [`#/reviews/${ID}/recommend?focus=${ITEM}`, { page: 'workspace', reviewId: ID, stage: 'recommend', focus: ITEM }],
    [`#/reviews/${ID}/analyse/evidence?theme=${ITEM}`, { page: 'workspace', reviewId: ID, stage: 'analyse', view: 'evidence', passages: { themeId: ITEM } }],
    [`#/reviews/${ID}/analyse/evidence?theme=${ITEM}&sector=unattributed`, { page: 'workspace', reviewId: ID, stage: 'analyse', view: 'evidence', passages: { themeId: ITEM, sector: 'unattributed' } }],
  ])('%j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each([
    `#/reviews/${ID}/analyse/${ENGAGEMENT}`,
    `#/reviews/${ID}/analyse/evidence/${ENGAGEMENT}`,
    `#/reviews/${ID}/analyse/nonsense`,
    `#/reviews/${ID}/recommend/code`,
    `#/reviews/${ID}/recommend/${ENGAGEMENT}`,
    `#/reviews/${ID}/engage/code`,
    `#/reviews/${ID}/engage/not-an-id`,
    `#/reviews/${ID}/nonsense`,
    `#/reviews/${ID}/recommend?focus=<script>`,
    `#/reviews/${ID}/report?focus=Summary`,
    `#/reviews/${ID}/report?focus=summary-`,
    `#/reviews/${ID}/report?focus=a-b-c-d-e`,
    `#/reviews/${ID}/overview/code`,
    `#/reviews/${ID}/recommend?focus=${ITEM}&at=1-2`,
    `#/reviews/${ID}/recommend?at=5-5`,
    `#/reviews/${ID}/recommend?at=9-2`,
    `#/reviews/${ID}/recommend?other=1`,
    `#/reviews/${ID}/analyse/evidence?theme=x`,
    `#/reviews/${ID}/analyse/evidence?theme=${ITEM}&sector=<b>`,
    `#/reviews/${ID}/analyse/evidence?theme=${ITEM}&focus=${ITEM}`,
    `#/reviews/${ID}/recommend?focus=${ITEM}?focus=${ITEM}`,
    '#/?focus=x',
    '#/security?focus=x',
    '#/training/attempts/x',
    `#/training/attempts/${ID}?focus=x`,
    '#/../../etc',
  ])('refuses %s', (hash) => {
    expect(parseRoute(hash)).toEqual({ page: 'not-found' });
  });

  it('round-trips through hrefFor', () => {
    const routes: Route[] = [
      { page: 'workspace', reviewId: ID, stage: 'report' },
      { page: 'workspace', reviewId: ID, stage: 'overview' },
      { page: 'workspace', reviewId: ID, stage: 'report', focus: 'summary' },
      { page: 'workspace', reviewId: ID, stage: 'engage', engagementId: ENGAGEMENT },
      { page: 'workspace', reviewId: ID, stage: 'analyse', view: 'evidence' },
      { page: 'workspace', reviewId: ID, stage: 'analyse', view: 'evidence', passages: { themeId: ITEM, sector: 'police' } },
      { page: 'workspace', reviewId: ID, stage: 'analyse', view: 'code', engagementId: ENGAGEMENT, focus: ITEM },
      { page: 'workspace', reviewId: ID, stage: 'follow-up', focus: ITEM },
      { page: 'workspace', reviewId: ID, stage: 'engage', engagementId: ENGAGEMENT, at: { start: 0, end: 7 } },
      { page: 'security' },
      { page: 'training' },
      { page: 'training-results' },
      { page: 'training-attempt', attemptId: ID },
    ];
    for (const route of routes) expect(parseRoute(hrefFor(route))).toEqual(route);
    expect(hrefFor(routes[1]!)).toBe(`#/reviews/${ID}`);
    expect(hrefFor(routes[3]!)).toBe(`#/reviews/${ID}/engage/${ENGAGEMENT}`);
    expect(hrefFor({ page: 'workspace', reviewId: ID, stage: 'analyse', engagementId: ENGAGEMENT })).toBe(`#/reviews/${ID}/analyse/code/${ENGAGEMENT}`);
  });
});
