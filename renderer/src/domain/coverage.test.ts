import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageMatrix, sectorsInScope } from './coverage.ts';
import { agencyCoverage } from './agencyCoverage.ts';
import { parseReviewFile, parseReviewFileText, type ReviewFile, type Sector } from './reviewFile.ts';
import { themeTree } from './themeOrder.ts';
import { id, makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';

// The Engage stage's panel owns the sector-engagement rule (agencyCoverage.ts); these
// brute-force checks on the sample keep it honest alongside the coverage matrix.
const sectorEngagement = (f: ReviewFile) => agencyCoverage(f.agencies, f.engagements).sectors.map(({ sector, engagements }) => ({ sector, engagements }));
const sectorGaps = (f: ReviewFile) => agencyCoverage(f.agencies, f.engagements).sectors.filter((s) => !s.isEngaged).map((s) => s.sector);

const sample = parseReviewFileText(readFileSync(new URL('../../../templates/samples/sallowmere.review.json', import.meta.url)));

/** The sector an excerpt was heard from (its speaker's), found by scanning everything; undefined when not attributed. */
function sectorHeard(file: ReviewFile, excerpt: ReviewFile['excerpts'][number]): Sector | undefined {
  const engagement = file.engagements.find((e) => e.id === excerpt.engagementId)!;
  const speaker = excerpt.agencyId ?? (engagement.agencyIds.length === 1 ? engagement.agencyIds[0] : undefined);
  return file.agencies.find((a) => a.id === speaker)?.sector;
}

/** The small file with a joint police and two-school engagement, and more excerpts. */
function richer(): ReviewFile {
  const base = makeReviewFile();
  const notes = 'Police and schools meet monthly. Nobody asks the parents.';
  return parseReviewFile({
    ...base,
    agencies: [...base.agencies, { id: id(12), name: 'Vale Academy', sector: 'education' }, { id: id(13), name: 'Town GP', sector: 'health' }],
    engagements: [...base.engagements,
      { id: id(31), kind: 'workshop', title: 'Joint', date: '2026-02-04', agencyIds: [id(10), id(11), id(12)], roles: [], participantCount: 5, reviewerIds: [], notes },
      { id: id(32), kind: 'document-review', title: 'Papers', date: '2026-02-05', agencyIds: [], roles: [], participantCount: 0, reviewerIds: [], notes }],
    excerpts: [...base.excerpts,
      // Two themes (one repeated) from a police + two-school engagement, said by the police.
      { id: id(41), engagementId: id(31), start: 0, end: 32, text: notes.slice(0, 32), themeIds: [id(20), id(21), id(21)], kind: 'issue', isQuote: false, agencyId: id(10) },
      // From the same engagement, nobody's agency recorded: not attributed, never in all three agencies' sectors.
      { id: id(44), engagementId: id(31), start: 0, end: 6, text: 'Police', themeIds: [id(21)], kind: 'issue', isQuote: false },
      // Not coded to any theme: left out of the matrix.
      { id: id(42), engagementId: id(31), start: 33, end: 57, text: notes.slice(33), themeIds: [], kind: 'context', isQuote: false },
      // From an engagement with no agency: not attributed.
      { id: id(43), engagementId: id(32), start: 0, end: 6, text: 'Police', themeIds: [id(20)], kind: 'context', isQuote: false }],
  });
}

describe('coverage matrix', () => {
  it('columns are the sectors of the agencies in SECTORS order, whatever the agency order', () => {
    const file = makeReviewFile();
    expect(sectorsInScope({ agencies: [...file.agencies].reverse() })).toEqual(['police', 'education']);
  });

  it('counts the small file, with theme-tree rows and the empty cells', () => {
    const m = coverageMatrix(makeReviewFile());
    expect(m.sectors).toEqual(['police', 'education']);
    expect(m.rows.map((r) => [r.theme.name, r.depth, r.counts, r.total])).toEqual([['Education', 0, [0, 0], 0], ['Exclusions', 1, [0, 1], 1]]);
    expect(m.columnTotals).toEqual([0, 1]);
    expect(m.grandTotal).toBe(1);
    expect(m.emptyCells).toEqual([{ themeId: id(20), sector: 'police' }, { themeId: id(20), sector: 'education' }, { themeId: id(21), sector: 'police' }]);
  });

  it('counts each excerpt once per distinct theme under the sector heard, or as not attributed', () => {
    const m = coverageMatrix(richer());
    expect(m.sectors).toEqual(['police', 'education', 'health']);
    expect(m.rows.map((r) => r.counts)).toEqual([[1, 0, 0], [1, 1, 0]]);
    expect(m.rows.map((r) => r.unattributed)).toEqual([1, 1]);
    expect(m.rows.map((r) => r.total)).toEqual([2, 3]);
    expect(m.columnTotals).toEqual([1, 1, 0]);
    expect(m.unattributedTotal).toBe(2);
    expect(m.grandTotal).toBe(4);
    expect(m.emptyCells.map((c) => c.sector)).toEqual(['education', 'health', 'health']);
  });

  it('does not credit a parent theme with its children’s excerpts', () => {
    const m = coverageMatrix(makeReviewFile());
    expect(m.rows[0]!.total).toBe(0);
  });
});

describe('coverage in the Sallowmere sample', () => {
  const m = coverageMatrix(sample);

  it('has the twelve sectors of its agencies as columns, in SECTORS order', () => {
    expect(m.sectors).toEqual(['strategic', 'police', 'community-safety', 'children-social-care', 'education', 'health',
      'youth-justice', 'housing', 'public-health', 'adult-social-care', 'youth-services', 'voluntary-community']);
  });

  it('every count equals a brute-force count, and the empty cells are exactly the zeros', () => {
    expect(m.rows.map((r) => r.theme.id)).toEqual(themeTree(sample.themes).map((t) => t.theme.id));
    const empty: Array<{ themeId: string; sector: Sector }> = [];
    for (const row of m.rows) {
      const coded = sample.excerpts.filter((x) => x.themeIds.includes(row.theme.id));
      expect(row.total).toBe(coded.length);
      expect(row.unattributed).toBe(coded.filter((x) => sectorHeard(sample, x) === undefined).length);
      m.sectors.forEach((sector, c) => {
        const n = coded.filter((x) => sectorHeard(sample, x) === sector).length;
        expect(row.counts[c], `${row.theme.name} × ${sector}`).toBe(n);
        if (n === 0) empty.push({ themeId: row.theme.id, sector });
      });
    }
    expect(m.emptyCells).toEqual(empty);
    expect(m.emptyCells.length).toBeGreaterThan(0);
    const coded = sample.excerpts.filter((x) => x.themeIds.length > 0);
    expect(m.grandTotal).toBe(coded.length);
    expect(m.columnTotals).toEqual(m.sectors.map((s) => coded.filter((x) => sectorHeard(sample, x) === s).length));
    expect(m.unattributedTotal).toBe(coded.filter((x) => sectorHeard(sample, x) === undefined).length);
    expect(m.unattributedTotal).toBeGreaterThan(0);
    expect(m.columnTotals.reduce((a, b) => a + b, 0) + m.unattributedTotal).toBe(m.grandTotal);
  });

  it('every sector has been engaged, health twice', () => {
    const engaged = sectorEngagement(sample);
    expect(engaged.find((s) => s.sector === 'health')?.engagements).toBe(2);
    for (const { sector, engagements } of engaged) {
      const brute = sample.engagements.filter((e) => sample.agencies.some((a) => a.sector === sector && e.agencyIds.includes(a.id))).length;
      expect(engagements, sector).toBe(brute);
    }
    expect(sectorGaps(sample)).toEqual([]);
  });
});

describe('sector engagement', () => {
  it('counts engagements per sector once each and names the sectors not yet engaged', () => {
    const file = richer();
    expect(sectorEngagement(file)).toEqual([{ sector: 'police', engagements: 1 }, { sector: 'education', engagements: 2 }, { sector: 'health', engagements: 0 }]);
    expect(sectorGaps(file)).toEqual(['health']);
  });

  it('an agency added at Scope with no engagement yet shows up as a gap', () => {
    const base = sample;
    const file = { ...base, agencies: [...base.agencies, { id: id(9999), name: 'County Fire and Rescue', sector: 'fire-rescue' as const }] };
    expect(sectorGaps(file)).toEqual(['fire-rescue']);
    expect(coverageMatrix(file).sectors.at(-2)).toBe('fire-rescue');
  });
});
