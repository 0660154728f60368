import { describe, expect, it } from 'vitest';
import { agencyCoverage, gapText } from './agencyCoverage.ts';
import type { Agency } from './reviewFile.ts';
import { id } from '../../../test/helpers/reviewFileBuilder.ts';

const police: Agency = { id: id(10), name: 'Police', sector: 'police' };
const school: Agency = { id: id(11), name: 'Hill School', sector: 'education' };
const academy: Agency = { id: id(12), name: 'Vale Academy', sector: 'education' };
const camhs: Agency = { id: id(13), name: 'CAMHS', sector: 'health' };
const social: Agency = { id: id(14), name: 'Children’s services', sector: 'children-social-care' };

describe('agencyCoverage', () => {
  it('calls out every sector in scope as a gap before anything is engaged', () => {
    const coverage = agencyCoverage([police, camhs], []);
    expect(coverage.sectors.map((s) => [s.label, s.isEngaged])).toEqual([['Police', false], ['Health', false]]);
    expect(coverage.gaps).toEqual(['No police engagement yet', 'No health engagement yet']);
    expect(coverage.agenciesNotEngaged).toEqual([police, camhs]);
  });

  it('counts an engagement once per sector it covers, and agencies engaged within each sector', () => {
    const coverage = agencyCoverage([police, school, academy, camhs], [
      { agencyIds: [school.id, academy.id] },
      { agencyIds: [school.id, police.id] },
    ]);
    const education = coverage.sectors.find((s) => s.sector === 'education')!;
    expect(education).toMatchObject({ agencies: 2, agenciesEngaged: 2, engagements: 2, isEngaged: true });
    expect(coverage.sectors.find((s) => s.sector === 'police')).toMatchObject({ agencies: 1, agenciesEngaged: 1, engagements: 1 });
    expect(coverage.gaps).toEqual(['No health engagement yet']);
    expect(coverage.agenciesNotEngaged).toEqual([camhs]);
  });

  it('lists sectors in the review file’s order and ignores agencies no longer in scope', () => {
    const coverage = agencyCoverage([camhs, police], [{ agencyIds: [id(99)] }]);
    expect(coverage.sectors.map((s) => s.sector)).toEqual(['police', 'health']);
    expect(coverage.gaps).toHaveLength(2);
  });

  it('has no sectors and no gaps when no agency is in scope', () => {
    expect(agencyCoverage([], [{ agencyIds: [] }])).toEqual({ sectors: [], gaps: [], agenciesNotEngaged: [] });
  });

  it('writes gaps as plain sentences', () => {
    expect(gapText('health')).toBe('No health engagement yet');
    expect(gapText(social.sector)).toBe('No children’s social care engagement yet');
    expect(gapText('voluntary-community')).toBe('No voluntary and community sector engagement yet');
  });
});
