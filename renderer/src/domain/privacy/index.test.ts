import { describe, expect, it } from 'vitest';
import { id, makeReviewFile } from '../../../../test/helpers/reviewFileBuilder.ts';
import type { ReviewFile } from '../reviewFile.ts';
import { findPersonalData, findQuoteRisks, type PersonalDataScope } from './index.ts';

const PHONE = '07700 900123';

/** A review with one phone number planted in each kind of field. */
function planted(): ReviewFile {
  const base = makeReviewFile();
  const notes = `Jayden said call ${PHONE}. Not for quoting: Jayden again.`;
  const engagement = { ...base.engagements[0]!, title: `Call ${PHONE}`, roles: [`Head ${PHONE}`], notes };
  return {
    ...base,
    review: {
      ...base.review, termsOfReference: `ToR ${PHONE}`, summary: `Summary ${PHONE}`,
      reviewers: [{ id: id(2), name: 'Dr Ada Reviewer', role: `Lead ${PHONE}` }],
    },
    themes: [{ ...base.themes[0]!, description: `About ${PHONE}` }, base.themes[1]!],
    engagements: [engagement],
    excerpts: [
      { ...base.excerpts[0]!, start: 0, end: 6, text: 'Jayden', isQuote: true },
      { ...base.excerpts[0]!, id: id(41), start: 29, end: 41, text: PHONE, isQuote: true },
      { ...base.excerpts[0]!, id: id(42), start: 43, end: 60, text: 'Not for quoting: Jayden', isQuote: false },
    ],
    findings: [{ ...base.findings[0]!, detail: `Ring ${PHONE}`, excerptIds: [id(40)] }],
    actions: [{ ...base.actions[0]!, updates: [{ date: '2026-03-01', note: `Spoke to Mr Okafor on ${PHONE}`, status: 'on-track' }] }],
  };
}

const paths = (file: ReviewFile, scope?: PersonalDataScope) =>
  findPersonalData(file, { names: ['Jayden'], ...(scope && { scope }) }).map((h) => h.path);

describe('findPersonalData', () => {
  it('reports path, kind and text', () => {
    expect(findPersonalData(planted())).toContainEqual({ path: 'findings[0].detail', kind: 'phone', text: PHONE });
    expect(findPersonalData(planted())).toContainEqual({ path: 'actions[0].updates[0].note', kind: 'person-name', text: 'Mr Okafor' });
  });

  it('by default scans what the Word report and the Excel workbook carry, never notes or unquotable passages', () => {
    expect(paths(planted())).toEqual([
      'review.termsOfReference', 'review.summary', 'themes[0].description', 'engagements[0].title', 'engagements[0].roles[0]',
      'excerpts[0].text', 'excerpts[1].text', 'findings[0].detail', 'actions[0].updates[0].note', 'actions[0].updates[0].note',
    ]);
  });

  it('scans only what the Word report prints: cited quotes, no titles, no update notes', () => {
    expect(paths(planted(), 'word')).toEqual([
      'review.termsOfReference', 'review.summary', 'themes[0].description', 'engagements[0].roles[0]', 'excerpts[0].text', 'findings[0].detail',
    ]);
  });

  it('scans only what the Excel workbook prints: every quotable passage, titles and update notes', () => {
    expect(paths(planted(), 'excel')).toEqual([
      'engagements[0].title', 'engagements[0].roles[0]', 'excerpts[0].text', 'excerpts[1].text', 'findings[0].detail',
      'actions[0].updates[0].note', 'actions[0].updates[0].note',
    ]);
  });

  it('scans notes and every passage for a plain review file, and never the review team', () => {
    const found = paths(planted(), 'review-file');
    expect(found).toContain('engagements[0].notes');
    expect(found).toContain('excerpts[2].text');
    expect(found.some((p) => p.startsWith('review.reviewers'))).toBe(false);
    expect(paths(planted(), 'backup')).toEqual(found);
  });

  it('lists the same words in one field once', () => {
    const notesHits = findPersonalData(planted(), { names: ['Jayden'], scope: 'review-file' }).filter((h) => h.path === 'engagements[0].notes');
    expect(notesHits).toEqual([
      { path: 'engagements[0].notes', kind: 'person-name', text: 'Jayden' },
      { path: 'engagements[0].notes', kind: 'phone', text: PHONE },
    ]);
  });

  it('finds nothing in a clean review, and needs no options', () => {
    expect(findPersonalData(makeReviewFile())).toEqual([]);
  });
});

describe('findQuoteRisks', () => {
  const base = makeReviewFile();
  const agencies = [...base.agencies, { id: id(12), name: 'Hill College', sector: 'education' as const }, { id: id(13), name: 'City Hospital', sector: 'health' as const }];
  const withSession = (engagement: Partial<ReviewFile['engagements'][number]>, agencyId?: string): ReviewFile => ({
    ...base,
    agencies,
    engagements: [{ ...base.engagements[0]!, ...engagement }],
    excerpts: [{ ...base.excerpts[0]!, ...(agencyId && { agencyId }) }],
  });
  const reasons = (file: ReviewFile, scope?: PersonalDataScope) => findQuoteRisks(file, scope ? { scope } : {}).map((r) => r.reason);

  it.each([
    ['a session with young people', withSession({ kind: 'young-people' }), ['young-people']],
    ['a one-to-one interview', withSession({ participantCount: 1 }), ['only-participant']],
    ['the only health agency at a workshop', withSession({ kind: 'workshop', participantCount: 8, agencyIds: [id(10), id(11), id(13)] }, id(13)), ['only-of-sector']],
    ['education with two schools there', withSession({ kind: 'workshop', participantCount: 8, agencyIds: [id(10), id(11), id(12)] }, id(11)), []],
    ['a mixed session, speaker not recorded', withSession({ kind: 'workshop', participantCount: 8, agencyIds: [id(10), id(13)] }), []],
    ['a group of one sector', withSession({ participantCount: 3 }), []],
    ['a survey', withSession({ kind: 'survey', participantCount: 1 }), []],
  ] as Array<[string, ReviewFile, string[]]>)('%s', (_label, file, expected) => {
    expect(reasons(file)).toEqual(expected);
  });

  it('says where the quote is and the speaker’s sector', () => {
    const [risk] = findQuoteRisks(withSession({ kind: 'workshop', participantCount: 8, agencyIds: [id(10), id(13)] }, id(13)));
    expect(risk).toMatchObject({ path: 'excerpts[0].text', excerptId: id(40), engagementId: id(30), sector: 'health' });
  });

  it('skips passages not marked quotable, uncited ones for Word, and plain files', () => {
    const file = withSession({ kind: 'young-people' });
    expect(reasons({ ...file, excerpts: [{ ...file.excerpts[0]!, isQuote: false }] })).toEqual([]);
    expect(reasons({ ...file, findings: [] }, 'word')).toEqual([]);
    expect(reasons({ ...file, findings: [] }, 'excel')).toEqual(['young-people']);
    expect(reasons(file, 'review-file')).toEqual([]);
  });
});
