import { describe, expect, it } from 'vitest';
import { attributeQuote, sectorsOfEngagement, speakerSector } from './attribution.ts';
import type { Engagement, Sector } from './reviewFile.ts';

const sectorOfAgency = new Map<string, Sector>([
  ['Agency School', 'education'], ['Agency College', 'education'], ['Agency Police', 'police'], ['Agency Hospital', 'health'],
  ['Agency Parents', 'other'], ['Agency Yjs', 'youth-justice'], ['Agency Csp', 'strategic'],
]);

/** One row: the session, the passage's speaker agency, and the words every export must print. */
const RULE: Array<[string, Engagement['kind'], string[], string | undefined, string]> = [
  ['one sector, no speaker recorded', 'interview', ['Agency School'], undefined, 'a practitioner from education'],
  ['two agencies of one sector', 'focus-group', ['Agency School', 'Agency College'], undefined, 'a practitioner from education'],
  ['health reads as health services', 'interview', ['Agency Hospital'], undefined, 'a practitioner from health services'],
  ['the police', 'workshop', ['Agency Police'], undefined, 'a practitioner from the police'],
  ['a strategic partnership', 'observation', ['Agency Csp'], undefined, 'a practitioner from a strategic partnership'],
  ['speaker recorded in a multi-agency session', 'workshop', ['Agency Police', 'Agency Hospital', 'Agency School'], 'Agency Hospital', 'a practitioner from health services'],
  ['speaker recorded in a one-sector session', 'interview', ['Agency School'], 'Agency School', 'a practitioner from education'],
  ['multi-agency workshop, speaker unknown', 'workshop', ['Agency Police', 'Agency School'], undefined, 'a practitioner at a multi-agency workshop'],
  ['multi-agency interview, speaker unknown', 'interview', ['Agency Police', 'Agency School'], undefined, 'a practitioner in a multi-agency interview'],
  ['multi-agency focus group', 'focus-group', ['Agency Yjs', 'Agency School'], undefined, 'a practitioner in a multi-agency focus group'],
  ['multi-agency observation', 'observation', ['Agency Yjs', 'Agency School'], undefined, 'a practitioner at a multi-agency meeting'],
  ['multi-agency survey', 'survey', ['Agency Yjs', 'Agency School'], undefined, 'a respondent to a multi-agency survey'],
  ['survey of one sector', 'survey', ['Agency Yjs'], undefined, 'a survey respondent from youth justice'],
  ['document of one sector', 'document-review', ['Agency Police'], undefined, 'a document from the police'],
  ['document of several sectors', 'document-review', ['Agency Police', 'Agency School'], undefined, 'a partnership document'],
  ['young people, whoever hosted', 'young-people', ['Agency School'], 'Agency School', 'a young person'],
  ['young people, no agency', 'young-people', [], undefined, 'a young person'],
  ['sector "other" is not named', 'interview', ['Agency Parents'], undefined, 'a participant'],
  ['speaker from "other" in a mixed session', 'workshop', ['Agency Parents', 'Agency Police'], 'Agency Parents', 'a participant'],
  ['no agency at all', 'interview', [], undefined, 'a participant'],
  ['unknown agencies only', 'focus-group', ['Agency Gone'], undefined, 'a participant'],
  ['no agency, survey', 'survey', [], undefined, 'a survey respondent'],
  ['no agency, document', 'document-review', [], undefined, 'a document'],
  ['speaker agency unknown falls back to the session', 'interview', ['Agency Police'], 'Agency Gone', 'a practitioner from the police'],
];

describe('the one attribution rule', () => {
  it.each(RULE)('%s', (_name, kind, agencyIds, agencyId, expected) => {
    const engagementById = new Map([['e', { kind, agencyIds }]]);
    const excerpt = { engagementId: 'e', ...(agencyId !== undefined && { agencyId }) };
    expect(attributeQuote(excerpt, { engagementById, sectorOfAgency })).toBe(expected);
  });

  it('says "a participant" for a passage whose session is gone', () => {
    expect(attributeQuote({ engagementId: 'Agency Gone' }, { engagementById: new Map(), sectorOfAgency })).toBe('a participant');
  });

  it('never prints an agency name', () => {
    for (const [, kind, agencyIds, agencyId] of RULE) {
      const words = attributeQuote({ engagementId: 'e', ...(agencyId !== undefined && { agencyId }) }, { engagementById: new Map([['e', { kind, agencyIds }]]), sectorOfAgency });
      for (const agency of sectorOfAgency.keys()) expect(words).not.toContain(agency);
    }
  });
});

describe('sectors of a session and of its speaker', () => {
  it('lists each sector once, in agency order', () => {
    expect(sectorsOfEngagement({ agencyIds: ['Agency Police', 'Agency School', 'Agency College', 'Agency Police'] }, sectorOfAgency)).toEqual(['police', 'education']);
  });

  it('prefers the speaker’s agency, then a single-sector session, else nothing', () => {
    expect(speakerSector({ agencyId: 'Agency Hospital' }, { agencyIds: ['Agency Police', 'Agency Hospital'] }, sectorOfAgency)).toBe('health');
    expect(speakerSector({}, { agencyIds: ['Agency School', 'Agency College'] }, sectorOfAgency)).toBe('education');
    expect(speakerSector({}, { agencyIds: ['Agency Police', 'Agency School'] }, sectorOfAgency)).toBeUndefined();
  });
});
