import { describe, expect, it } from 'vitest';
import { attributionForEngagement, attributionForExcerpt, sectorsOfEngagement } from './attribution.ts';
import type { Engagement, Sector } from '../domain/reviewFile.ts';

const sectors = new Map<string, Sector>([['edu', 'education'], ['school', 'education'], ['pol', 'police'], ['parents', 'other'], ['yjs', 'youth-justice']]);
const session = (kind: Engagement['kind'], agencyIds: string[]) => ({ kind, agencyIds });

describe('attribution of quotes', () => {
  it('names the sector of a single-sector session, never the agency', () => {
    expect(attributionForEngagement(session('interview', ['edu', 'school']), sectors)).toBe('a practitioner from education');
    expect(attributionForEngagement(session('focus-group', ['pol']), sectors)).toBe('a practitioner from the police');
    expect(attributionForEngagement(session('survey', ['yjs']), sectors)).toBe('a survey respondent from youth justice');
  });

  it('says a multi-agency session is one, by its kind', () => {
    expect(attributionForEngagement(session('workshop', ['edu', 'pol']), sectors)).toBe('a practitioner at a multi-agency workshop');
    expect(attributionForEngagement(session('observation', ['edu', 'yjs']), sectors)).toBe('a practitioner at a multi-agency meeting');
  });

  it('calls young people young people, and does not invent a sector', () => {
    expect(attributionForEngagement(session('young-people', ['edu']), sectors)).toBe('a young person');
    expect(attributionForEngagement(session('interview', ['parents']), sectors)).toBe('a participant');
    expect(attributionForEngagement(session('interview', []), sectors)).toBe('a participant');
    expect(attributionForEngagement(session('document-review', ['unknown']), sectors)).toBe('a partnership document');
  });

  it('lists each sector once, in agency order', () => {
    expect(sectorsOfEngagement({ agencyIds: ['pol', 'edu', 'school', 'pol'] }, sectors)).toEqual(['police', 'education']);
  });

  it('attributes an excerpt through its engagement', () => {
    const index = { engagementById: new Map([['e1', { id: 'e1', ...session('interview', ['pol']) } as Engagement]]), sectorOfAgency: sectors };
    expect(attributionForExcerpt({ engagementId: 'e1' }, index)).toBe('a practitioner from the police');
    expect(attributionForExcerpt({ engagementId: 'gone' }, index)).toBe('a participant');
  });
});
