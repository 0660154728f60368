import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filterPassages, findingDefaults, isSectorHeard, passagesInOrder, themeWithDescendants, UNATTRIBUTED } from './passageFilter.ts';
import { parseReviewFile, parseReviewFileText, type Excerpt, type ReviewFile } from './reviewFile.ts';
import { id, makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';

const sample = parseReviewFileText(readFileSync(new URL('../../../templates/samples/sallowmere.review.json', import.meta.url)));

/** Two engagements (the later one first in the file), a joint police + school one, and three passages: one said by the police, one not attributed. */
function small(): ReviewFile {
  const base = makeReviewFile();
  const notes = 'Police and schools meet monthly. Nobody asks the parents.';
  return parseReviewFile({
    ...base,
    themes: [...base.themes, { id: id(22), name: 'Part-time timetables', parentId: id(21), order: 0 }, { id: id(23), name: 'Policing', order: 1 }],
    engagements: [
      { ...base.engagements[0]!, date: '2026-02-09' },
      { id: id(31), kind: 'workshop', title: 'Joint', date: '2026-02-04', agencyIds: [id(10), id(11)], roles: [], participantCount: 5, reviewerIds: [], notes },
    ],
    excerpts: [
      ...base.excerpts,
      { id: id(41), engagementId: id(31), start: 33, end: 57, text: notes.slice(33), themeIds: [id(22)], kind: 'gap', isQuote: false },
      { id: id(42), engagementId: id(31), start: 0, end: 32, text: notes.slice(0, 32), themeIds: [id(23)], kind: 'good-practice', isQuote: true, agencyId: id(10) },
    ],
  });
}
const ids = (xs: readonly Excerpt[]) => xs.map((x) => x.id);

describe('passages in the order they were heard', () => {
  it('orders by engagement date, then place in the notes', () => {
    expect(ids(passagesInOrder(small()))).toEqual([id(42), id(41), id(40)]);
  });

  it('keeps the order while its lists are the same, and follows a change of date', () => {
    const file = small();
    const first = passagesInOrder(file);
    const withoutFindings: ReviewFile = { ...file, findings: [] };
    expect(passagesInOrder(withoutFindings)).toBe(first);
    // The joint workshop moves after the other engagement: its passages follow it.
    const moved = { ...file, engagements: file.engagements.map((e) => (e.id === id(31) ? { ...e, date: '2026-02-20' } : e)) };
    expect(ids(passagesInOrder(moved))).toEqual([id(40), id(42), id(41)]);
    expect(passagesInOrder(file)).toEqual(first);
  });
});

describe('filtering passages', () => {
  it('a theme includes its sub-themes at any depth', () => {
    expect([...themeWithDescendants(small().themes, id(20))].sort()).toEqual([id(20), id(21), id(22)]);
    expect(ids(filterPassages(small(), { themeId: id(20) }))).toEqual([id(41), id(40)]);
    expect(ids(filterPassages(small(), { themeId: id(22) }))).toEqual([id(41)]);
    expect(ids(filterPassages(small(), { themeId: id(20), isThemeExact: true }))).toEqual([]);
    expect(ids(filterPassages(small(), { themeId: id(21), isThemeExact: true }))).toEqual([id(40)]);
  });

  it('filters by kind, the agency and sector heard (never every agency in the room), and all together', () => {
    const file = small();
    expect(ids(filterPassages(file, { kind: 'gap' }))).toEqual([id(41), id(40)]);
    expect(ids(filterPassages(file, { agencyId: id(10) }))).toEqual([id(42)]);
    expect(ids(filterPassages(file, { agencyId: id(11) }))).toEqual([id(40)]);
    expect(ids(filterPassages(file, { agencyId: UNATTRIBUTED }))).toEqual([id(41)]);
    expect(ids(filterPassages(file, { sector: 'education' }))).toEqual([id(40)]);
    expect(ids(filterPassages(file, { sector: 'police' }))).toEqual([id(42)]);
    expect(ids(filterPassages(file, { sector: UNATTRIBUTED }))).toEqual([id(41)]);
    expect(ids(filterPassages(file, { sector: 'health' }))).toEqual([]);
    expect(ids(filterPassages(file, { themeId: id(20), kind: 'gap', sector: 'education' }))).toEqual([id(40)]);
    expect(ids(filterPassages(file, {}))).toHaveLength(3);
  });

  it('keeps only passages no finding cites yet, and passages containing the words typed', () => {
    const file = small();
    expect(ids(filterPassages(file, { isUnused: true }))).toEqual([id(42), id(41)]);
    expect(ids(filterPassages(file, { text: '  NOBODY   asks ' }))).toEqual([id(41)]);
    expect(ids(filterPassages(file, { text: 'monthly', isUnused: true, sector: 'police' }))).toEqual([id(42)]);
    expect(ids(filterPassages(file, { text: 'nothing like this' }))).toEqual([]);
  });

  it('reads a sector heard from a link', () => {
    expect(['police', UNATTRIBUTED, 'nonsense', ''].map(isSectorHeard)).toEqual([true, true, false, false]);
  });

  it('on the sample, a sector filter keeps exactly the passages heard from that sector', () => {
    const health = new Set(sample.agencies.filter((a) => a.sector === 'health').map((a) => a.id));
    const speaker = (x: Excerpt) => {
      const agencies = sample.engagements.find((e) => e.id === x.engagementId)!.agencyIds;
      return x.agencyId ?? (agencies.length === 1 ? agencies[0] : undefined);
    };
    const shown = filterPassages(sample, { sector: 'health' });
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(sample.excerpts.length);
    expect(new Set(ids(shown))).toEqual(new Set(sample.excerpts.filter((x) => health.has(speaker(x) ?? '')).map((x) => x.id)));
  });
});

describe('defaults for a finding drawn from passages', () => {
  const themes = small().themes;
  const passage = (themeIds: string[], kind: Excerpt['kind']) => ({ themeIds, kind });

  it('takes the most common theme and kind, ties going to the framework’s and the kinds’ order', () => {
    expect(findingDefaults([passage([id(23)], 'barrier'), passage([id(21), id(23)], 'barrier'), passage([id(22)], 'gap')], themes)).toEqual({ themeId: id(23), kind: 'barrier' });
    expect(findingDefaults([passage([id(23)], 'gap'), passage([id(21)], 'barrier')], themes)).toEqual({ themeId: id(21), kind: 'gap' });
  });

  it('never makes context the kind, and falls back to the first theme and an issue', () => {
    expect(findingDefaults([passage([id(21)], 'context'), passage([id(21)], 'context'), passage([id(23)], 'good-practice')], themes).kind).toBe('good-practice');
    expect(findingDefaults([passage([], 'context')], themes)).toEqual({ themeId: id(20), kind: 'issue' });
    expect(findingDefaults([], [])).toEqual({ themeId: undefined, kind: 'issue' });
  });
});
