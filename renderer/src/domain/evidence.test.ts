import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evidenceIndex, strengthForAll, strengthOfEvidence } from './evidence.ts';
import { parseReviewFile, parseReviewFileText, type ReviewFile } from './reviewFile.ts';
import { id, makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';

const sample = parseReviewFileText(readFileSync(new URL('../../../templates/samples/sallowmere.review.json', import.meta.url)));

/** The small file plus a second, two-agency engagement (police and a second school) with two excerpts. */
function twoEngagements(): ReviewFile {
  const base = makeReviewFile();
  const notes = 'Police and schools meet monthly. Schools refer late.';
  return parseReviewFile({
    ...base,
    agencies: [...base.agencies, { id: id(12), name: 'Vale Academy', sector: 'education' }],
    engagements: [...base.engagements, {
      id: id(31), kind: 'workshop', title: 'Joint workshop', date: '2026-02-04', agencyIds: [id(10), id(11), id(12)],
      roles: ['Sergeant', 'Safeguarding lead'], participantCount: 6, reviewerIds: [id(2)], notes,
    }],
    excerpts: [...base.excerpts,
      { id: id(41), engagementId: id(31), start: 0, end: 32, text: notes.slice(0, 32), themeIds: [id(21)], kind: 'good-practice', isQuote: false },
      { id: id(42), engagementId: id(31), start: 33, end: 52, text: notes.slice(33, 52), themeIds: [id(21)], kind: 'gap', isQuote: true }],
  });
}

/** Counts by brute force, scanning everything, to check the indexed version against. */
function bruteForce(file: ReviewFile, excerptIds: readonly string[]) {
  const excerpts = file.excerpts.filter((x) => excerptIds.includes(x.id));
  const engagements = file.engagements.filter((e) => excerpts.some((x) => x.engagementId === e.id));
  const agencies = file.agencies.filter((a) => engagements.some((e) => e.agencyIds.includes(a.id)));
  const sectors = new Set(agencies.map((a) => a.sector));
  return { excerpts: excerpts.length, engagements: engagements.length, agencies: agencies.length, sectors: sectors.size, isSingleVoice: engagements.length <= 1 };
}

describe('strength of evidence', () => {
  it('one excerpt from one engagement is a single voice', () => {
    const file = makeReviewFile();
    expect(strengthOfEvidence(file.findings[0]!, file)).toEqual({ excerpts: 1, engagements: 1, agencies: 1, sectors: 1, isSingleVoice: true });
  });

  it('counts distinct engagements, agencies and sectors, and ignores repeated or unknown excerpt ids', () => {
    const file = twoEngagements();
    const finding = { excerptIds: [id(40), id(41), id(41), id(42), id(999)] };
    expect(strengthOfEvidence(finding, file)).toEqual({ excerpts: 3, engagements: 2, agencies: 3, sectors: 2, isSingleVoice: false });
  });

  it('several excerpts and agencies from one engagement are still a single voice', () => {
    const file = twoEngagements();
    expect(strengthOfEvidence({ excerptIds: [id(41), id(42)] }, file)).toEqual({ excerpts: 2, engagements: 1, agencies: 3, sectors: 2, isSingleVoice: true });
  });

  it('a finding with no evidence is a single voice with nothing counted', () => {
    expect(strengthOfEvidence({ excerptIds: [] }, makeReviewFile())).toEqual({ excerpts: 0, engagements: 0, agencies: 0, sectors: 0, isSingleVoice: true });
  });

  it('gives the same answer from a prepared index as from the file', () => {
    const file = twoEngagements();
    const finding = { excerptIds: [id(40), id(42)] };
    expect(strengthOfEvidence(finding, evidenceIndex(file))).toEqual(strengthOfEvidence(finding, file));
  });

  it('strengthForAll keys every finding by id', () => {
    const base = twoEngagements();
    const file = { ...base, findings: [...base.findings, { ...base.findings[0]!, id: id(51), excerptIds: [id(41), id(40)] }] };
    const all = strengthForAll(file);
    expect([...all.keys()]).toEqual([id(50), id(51)]);
    expect(all.get(id(51))?.engagements).toBe(2);
  });
});

describe('strength of evidence in the Sallowmere sample', () => {
  const all = strengthForAll(sample);
  const byTitle = (start: string) => sample.findings.find((f) => f.title.startsWith(start))!;

  it('"Protection stops at 18" rests on one engagement and is the only single-voice finding', () => {
    const finding = byTitle('Protection stops at 18');
    expect(all.get(finding.id)).toEqual({ excerpts: 2, engagements: 1, agencies: 2, sectors: 2, isSingleVoice: true });
    expect(sample.findings.filter((f) => all.get(f.id)!.isSingleVoice).map((f) => f.id)).toEqual([finding.id]);
  });

  it('matches a brute-force count for every finding', () => {
    for (const finding of sample.findings) expect(all.get(finding.id), finding.title).toEqual(bruteForce(sample, finding.excerptIds));
  });
});
