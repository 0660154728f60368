import { describe, expect, it } from 'vitest';
import { generatedArea, sampleReview } from '../../../../test/helpers/frameworkReviews.ts';
import {
  activityTraces, areaRecommendations, contributions, draftFramework, FrameworkIndex, frameworkMatrix, highestMarking,
  parseFrameworkFile, serialiseFrameworkFile, FRAMEWORK_MESSAGES, type FrameworkFile,
} from './index.ts';

const reviews = () => [sampleReview(), generatedArea(1, 'Eastmoor'), generatedArea(2, 'Harrowfield')];
const draft = () => draftFramework(reviews(), { title: 'Wessex serious violence framework', region: 'Wessex' });
const roundTrip = (file: FrameworkFile) => JSON.parse(new TextDecoder().decode(serialiseFrameworkFile(file))) as unknown;

describe('draftFramework', () => {
  it('keeps one snapshot per area with nothing private in it', () => {
    const file = draft();
    expect(file.reviews.map((r) => r.area)).toEqual(['Sallowmere', 'Eastmoor', 'Harrowfield']);
    const text = JSON.stringify(file);
    const sample = sampleReview();
    for (const reviewer of sample.review.reviewers) expect(text).not.toContain(reviewer.name);
    for (const excerpt of sample.excerpts.slice(0, 20)) expect(text).not.toContain(excerpt.text);
    expect(text).not.toContain('notes');
    expect(file.framework.region).toBe('Wessex');
  });

  it('parses back as it was written', () => {
    const file = draft();
    expect(parseFrameworkFile(roundTrip(file))).toEqual(file);
  });

  it('makes one priority per theme with gaps or barriers, listing every high-priority recommendation with its area', () => {
    const file = draft();
    const index = new FrameworkIndex(file);
    const listed = new Set(file.priorities.flatMap((p) => p.recommendations.map((r) => `${r.reviewId}/${r.id}`)));
    for (const review of file.reviews) {
      for (const r of review.recommendations.filter((x) => x.priority === 'high')) expect(listed.has(`${review.id}/${r.id}`)).toBe(true);
    }
    const themed = file.priorities.filter((p) => p.theme);
    expect(new Set(themed.map((p) => p.theme)).size).toBe(themed.length);
    for (const p of themed) {
      const kinds = p.issueIds.map((id) => file.issues.find((x) => x.id === id)!.kind);
      expect(kinds.every((k) => k === 'gap' || k === 'barrier')).toBe(true);
      expect(kinds.length).toBeGreaterThan(0);
      for (const ref of p.recommendations) expect(index.recommendation(ref)?.priority).toBe('high');
    }
  });

  it('refuses a review included twice, naming it', () => {
    const [a] = reviews();
    expect(() => draftFramework([a!, a!], { title: 'T', region: 'R' })).toThrow('The review “Sallowmere Local Review: serious youth violence, county lines and exploitation” is included twice');
  });
});

describe('frameworkMatrix', () => {
  it('matches themes by name, one column per area, unmatched themes after the shared ones', () => {
    const m = frameworkMatrix(draft());
    expect(m.areas.map((a) => a.area)).toEqual(['Sallowmere', 'Eastmoor', 'Harrowfield']);
    const shared = m.rows.filter((r) => r.shared);
    const apart = m.rows.filter((r) => !r.shared);
    expect(shared.map((r) => r.theme)).toContain('County lines');
    expect(apart.map((r) => r.theme)).toContain('Transitions');
    expect(m.rows.indexOf(apart[0]!)).toBe(shared.length);
    for (const row of m.rows) expect(row.cells).toHaveLength(3);
    expect(apart.find((r) => r.theme === 'Transitions')!.cells.slice(1)).toEqual([null, null]);
    // Every finding is counted once.
    const total = m.rows.flatMap((r) => r.cells).reduce((n, c) => n + (c ? c.gaps + c.barriers + c.goodPractice + c.other : 0), 0);
    expect(total).toBe(draft().reviews.reduce((n, r) => n + r.findings.length, 0));
  });
});

describe('traceability', () => {
  it('goes from an activity to findings and area, and from a recommendation back to its activity', () => {
    const file = draft();
    const rec = file.priorities.find((p) => p.recommendations.length)!.recommendations[0]!;
    file.priorities[2]!.activities.push({ id: '10000000-0000-4000-8000-000000000001', title: 'Joint exploitation hub', detail: '', supportingPartnerIds: [], timescale: '6-months', measures: 'Referrals seen within 5 days', recommendations: [rec] });
    const index = new FrameworkIndex(parseFrameworkFile(roundTrip(file)));
    const [trace] = activityTraces(index);
    expect(trace!.number).toBe('3.1');
    expect(trace!.recommendations[0]!.review.id).toBe(rec.reviewId);
    expect(trace!.recommendations[0]!.findings.length).toBeGreaterThan(0);
    const row = areaRecommendations(index, '2026-06-01').find((r) => r.recommendation.id === rec.id && r.review.id === rec.reviewId)!;
    expect(row.coveredBy).toEqual(['3.1']);
    expect(contributions(index).find((c) => c.review.id === rec.reviewId)!.recommendationsUsed).toBeGreaterThan(0);
  });

  it('carries the highest marking of the included reviews', () => {
    const file = draft();
    expect(highestMarking(file)).toBe('OFFICIAL-SENSITIVE');
    expect(highestMarking({ reviews: file.reviews.map((r) => ({ ...r, protectiveMarking: 'OFFICIAL' as const })) })).toBe('OFFICIAL');
  });
});

// Tests reach into the JSON freely to break one field at a time.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

describe('parseFrameworkFile', () => {
  const bad = (change: (json: Json) => void) => {
    const json = roundTrip(draft()) as Json;
    change(json);
    const before = JSON.stringify(json);
    try {
      parseFrameworkFile(json);
    } catch (error) {
      expect(JSON.stringify(json)).toBe(before);
      return (error as Error).message;
    }
    throw new Error('accepted');
  };

  it('refuses another format and a newer version plainly', () => {
    expect(bad((j) => { j.format = 'local-review-file'; })).toBe(FRAMEWORK_MESSAGES.notFramework);
    expect(bad((j) => { j.version = 2; })).toBe(FRAMEWORK_MESSAGES.newerVersion);
  });

  it('names the first bad path', () => {
    expect(bad((j) => { j.reviews[1].findings[0].kind = 'rumour'; })).toMatch(/^This framework file has a problem at reviews\[1\]\.findings\[0\]\.kind: expected/);
    expect(bad((j) => { j.framework.extra = 1; })).toBe('This framework file has a problem at framework.extra: is not a field of a version 1 framework file.');
    expect(bad((j) => { j.priorities.find((p: Json) => p.recommendations.length).recommendations[0].id = '10000000-0000-4000-8000-0000000000ff'; })).toMatch(/^This framework file has a problem at priorities\[\d+\]\.recommendations\[0\]: no recommendation of that review has id 10000000-0000-4000-8000-0000000000ff\.$/);
    expect(bad((j) => { j.issues[0].findings[0].reviewId = '10000000-0000-4000-8000-0000000000ff'; })).toBe('This framework file has a problem at issues[0].findings[0]: no included review has id 10000000-0000-4000-8000-0000000000ff.');
    expect(bad((j) => { j.reviews[0].findings[0] = JSON.parse('{"__proto__": {}}'); })).toBe('This framework file has a problem at reviews[0].findings[0].__proto__: forbidden key.');
  });

  it('refuses a review included twice', () => {
    expect(bad((j) => { j.reviews.push(structuredClone(j.reviews[0])); })).toMatch(/^This framework file has a problem at reviews\[3\]\.id: the review “Sallowmere.*” is included twice \(also at reviews\[0\]\)\.$/);
  });
});
