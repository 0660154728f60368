import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute } from '../../app/router.ts';

describe('help routes', () => {
  it.each([['#/help', 'index'], ['#/help/scope', 'scope'], ['#/help/follow-up', 'follow-up'], ['#/help/team-work', 'team-work']])('%s opens the guide page %s', (hash, slug) => {
    expect(parseRoute(hash)).toEqual({ page: 'help', slug });
    expect(hrefFor({ page: 'help', slug })).toBe(hash);
  });

  it.each(['#/help/', '#/help/Scope', '#/help/../security', '#/help/scope?focus=x', '#/help/a/b', `#/help/${'a'.repeat(41)}`])('%s is not a page', (hash) => {
    expect(parseRoute(hash)).toEqual({ page: 'not-found' });
  });
});
