import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evidenceIndex, speakerOf, strengthForAll, strengthOfEvidence } from './evidence.ts';
import { parseReviewFile, parseReviewFileText, type ReviewFile } from './reviewFile.ts';
import { id, makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';

const sample = parseReviewFileText(readFileSync(new URL('../../../templates/samples/sallowmere.review.json', import.meta.url)));

/**
 * The small file plus a three-agency workshop (police and two schools) with three
 * excerpts: one with no speaker recorded, one said by the police, one by Hill School.
 */
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
      { id: id(42), engagementId: id(31), start: 33, end: 52, text: notes.slice(33, 52), themeIds: [id(21)], kind: 'gap', isQuote: true, agencyId: id(10) },
      { id: id(43), engagementId: id(31), start: 11, end: 18, text: notes.slice(11, 18), themeIds: [id(21)], kind: 'gap', isQuote: false, agencyId: id(11) }],
  });
}

/** Counts by brute force, scanning everything, to check the indexed version against. */
function bruteForce(file: ReviewFile, excerptIds: readonly string[]) {
  const excerpts = file.excerpts.filter((x) => excerptIds.includes(x.id));
  const engagements = file.engagements.filter((e) => excerpts.some((x) => x.engagementId === e.id));
  const speakers = excerpts.map((x) => {
    const engagement = file.engagements.find((e) => e.id === x.engagementId)!;
    return file.agencies.find((a) => a.id === (x.agencyId ?? (engagement.agencyIds.length === 1 ? engagement.agencyIds[0] : undefined)));
  });
  const agencies = new Set(speakers.flatMap((a) => (a ? [a.id] : [])));
  const sectors = new Set(speakers.flatMap((a) => (a ? [a.sector] : [])));
  return {
    excerpts: excerpts.length, engagements: engagements.length, agencies: agencies.size, sectors: sectors.size,
    unattributed: speakers.filter((a) => !a).length, isSingleVoice: engagements.length <= 1 || agencies.size <= 1,
  };
}

describe('strength of evidence', () => {
  it('one excerpt from one engagement is a single voice', () => {
    const file = makeReviewFile();
    expect(strengthOfEvidence(file.findings[0]!, file)).toEqual({ excerpts: 1, engagements: 1, agencies: 1, sectors: 1, unattributed: 0, isSingleVoice: true });
  });

  it('counts the agencies and sectors heard, and a passage with no speaker in a multi-agency session as unattributed', () => {
    const file = twoEngagements();
    const finding = { excerptIds: [id(40), id(41), id(41), id(42), id(999)] };
    // 40: Hill School, the interview's only agency; 41: nobody recorded among three agencies; 42: the police.
    expect(strengthOfEvidence(finding, file)).toEqual({ excerpts: 3, engagements: 2, agencies: 2, sectors: 2, unattributed: 1, isSingleVoice: false });
  });

  it('never credits every agency present: one unattributed remark in a three-agency workshop hears from nobody', () => {
    const file = twoEngagements();
    expect(strengthOfEvidence({ excerptIds: [id(41)] }, file)).toEqual({ excerpts: 1, engagements: 1, agencies: 0, sectors: 0, unattributed: 1, isSingleVoice: true });
  });

  it('several excerpts and agencies from one engagement are still a single voice', () => {
    const file = twoEngagements();
    expect(strengthOfEvidence({ excerptIds: [id(41), id(42), id(43)] }, file))
      .toEqual({ excerpts: 3, engagements: 1, agencies: 2, sectors: 2, unattributed: 1, isSingleVoice: true });
  });

  it('two engagements heard from the same one agency are a single voice', () => {
    const file = twoEngagements();
    expect(strengthOfEvidence({ excerptIds: [id(40), id(43)] }, file))
      .toEqual({ excerpts: 2, engagements: 2, agencies: 1, sectors: 1, unattributed: 0, isSingleVoice: true });
  });

  it('a speaker no longer among the agencies counts as unattributed', () => {
    const file = twoEngagements();
    const index = { ...evidenceIndex(file), sectorOfAgency: new Map([[id(11), 'education' as const]]) };
    expect(strengthOfEvidence({ excerptIds: [id(42)] }, index)).toMatchObject({ agencies: 0, unattributed: 1 });
  });

  it('a finding with no evidence is a single voice with nothing counted', () => {
    expect(strengthOfEvidence({ excerptIds: [] }, makeReviewFile())).toEqual({ excerpts: 0, engagements: 0, agencies: 0, sectors: 0, unattributed: 0, isSingleVoice: true });
  });

  it('speakerOf: the passage’s own agency, else the engagement’s only agency, else nobody', () => {
    expect(speakerOf({ agencyId: id(10) }, { agencyIds: [id(10), id(11)] })).toBe(id(10));
    expect(speakerOf({}, { agencyIds: [id(11)] })).toBe(id(11));
    expect(speakerOf({}, { agencyIds: [id(11), id(11)] })).toBe(id(11));
    expect(speakerOf({}, { agencyIds: [id(10), id(11)] })).toBeUndefined();
    expect(speakerOf({}, { agencyIds: [id(11), id(11), id(10)] })).toBeUndefined();
    expect(speakerOf({}, { agencyIds: [id(10), id(11), id(11)] })).toBeUndefined();
    expect(speakerOf({}, { agencyIds: [] })).toBeUndefined();
    expect(speakerOf({}, undefined)).toBeUndefined();
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

  it('strengthForAll is worked out once per lists it reads, and again when one changes', () => {
    const file = twoEngagements();
    const first = strengthForAll(file);
    // Only the review changed: the very same strengths.
    expect(strengthForAll({ ...file, review: { ...file.review, stage: 'report' } })).toBe(first);
    // A passage re-attributed: worked out again, as a fresh file's would be.
    const moved = { ...file, excerpts: file.excerpts.map((x, i) => (i === 0 ? { ...x, engagementId: file.excerpts[1]!.engagementId } : x)) };
    const again = strengthForAll(moved);
    expect(again).not.toBe(first);
    expect(again).toEqual(strengthForAll(structuredClone(moved)));
    expect(again.get(id(50))?.engagements).toBe(1);
  });
});

describe('strength of evidence in the Sallowmere sample', () => {
  const all = strengthForAll(sample);
  const byTitle = (start: string) => sample.findings.find((f) => f.title.startsWith(start))!;

  it('"Protection stops at 18" rests on one engagement and is the only single-voice finding', () => {
    const finding = byTitle('Protection stops at 18');
    expect(all.get(finding.id)).toEqual({ excerpts: 2, engagements: 1, agencies: 2, sectors: 2, unattributed: 0, isSingleVoice: true });
    expect(sample.findings.filter((f) => all.get(f.id)!.isSingleVoice).map((f) => f.id)).toEqual([finding.id]);
  });

  it('"MACE is overloaded" counts only the agencies heard, with the observations and the room not attributed', () => {
    expect(all.get(byTitle('MACE is overloaded').id)).toEqual({ excerpts: 7, engagements: 6, agencies: 3, sectors: 3, unattributed: 4, isSingleVoice: false });
  });

  it('matches a brute-force count for every finding', () => {
    for (const finding of sample.findings) expect(all.get(finding.id), finding.title).toEqual(bruteForce(sample, finding.excerptIds));
  });
});
