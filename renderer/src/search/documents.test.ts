import { describe, expect, it } from 'vitest';
import { cloneFile, makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';
import { changedSourceKinds, searchSources } from './documents.ts';

describe('changedSourceKinds', () => {
  it('finds nothing when only the review itself changed (its stage, say): a snapshot leaves the lists alone', () => {
    const file = makeReviewFile();
    const staged = { ...file, review: { ...file.review, stage: 'follow-up' as const } };
    expect(changedSourceKinds(file, staged)).toEqual([]);
    expect(searchSources(staged).map((s) => s.signature)).toEqual(searchSources(file).map((s) => s.signature));
  });

  it('names the kinds whose list was replaced', () => {
    const file = makeReviewFile();
    expect(changedSourceKinds(file, { ...file, excerpts: [...file.excerpts] })).toEqual(['passage']);
    expect(changedSourceKinds(file, { ...file, findings: [...file.findings] })).toEqual(['finding']);
    expect(changedSourceKinds(file, { ...file, actions: [...file.actions] })).toEqual(['action']);
  });

  it('looks at passages only when an engagement’s title changed, and at actions only when a number did', () => {
    const file = makeReviewFile();
    const notes = cloneFile(file);
    notes.engagements[0]!.notes += ' More.';
    expect(changedSourceKinds(file, { ...file, engagements: notes.engagements })).toEqual(['notes']);
    const renamed = cloneFile(file);
    renamed.engagements[0]!.title = 'School leaders';
    expect(changedSourceKinds(file, { ...file, engagements: renamed.engagements })).toEqual(['notes', 'passage']);
    const retitled = cloneFile(file);
    retitled.recommendations[0]!.title = 'Share minutes the same day';
    expect(changedSourceKinds(file, { ...file, recommendations: retitled.recommendations })).toEqual(['recommendation']);
    const renumbered = cloneFile(file);
    renumbered.recommendations[0]!.number = 2;
    expect(changedSourceKinds(file, { ...file, recommendations: renumbered.recommendations })).toEqual(['recommendation', 'action']);
  });

  it('gives only the sources of the kinds asked for', () => {
    const file = makeReviewFile();
    const keys = searchSources(file, ['finding', 'action']).map((s) => s.key);
    expect(keys.length).toBe(file.findings.length + file.actions.length);
    expect(keys.every((key) => key.startsWith('finding:') || key.startsWith('action:'))).toBe(true);
  });
});
