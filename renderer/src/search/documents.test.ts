import { describe, expect, it } from 'vitest';
import { makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';
import { sameSearchSources, searchSources } from './documents.ts';

describe('sameSearchSources', () => {
  it('is true when only the review itself changed (its stage, say), as a snapshot leaves the lists alone', () => {
    const file = makeReviewFile();
    const staged = { ...file, review: { ...file.review, stage: 'follow-up' as const } };
    expect(sameSearchSources(file, staged)).toBe(true);
    // The sources are indeed the same.
    expect(searchSources(staged).map((s) => s.signature)).toEqual(searchSources(file).map((s) => s.signature));
  });

  it('is false once a list the sources come from is replaced, or for another review', () => {
    const file = makeReviewFile();
    expect(sameSearchSources(file, { ...file, excerpts: [...file.excerpts] })).toBe(false);
    expect(sameSearchSources(file, { ...file, engagements: [...file.engagements] })).toBe(false);
    expect(sameSearchSources(file, { ...file, actions: [...file.actions] })).toBe(false);
    expect(sameSearchSources(file, { ...file, review: { ...file.review, id: '00000000-0000-4000-8000-00000000ffff' } })).toBe(false);
  });
});
