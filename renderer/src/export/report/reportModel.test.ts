import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReviewFileText } from '../../domain/reviewFile.ts';
import { defaultGlossary, defaultWording } from './defaults.ts';
import { count, listAnd, longDate, oneLine, paragraphsOf, plural } from './format.ts';
import { buildReportModel, evidenceSentence } from './reportModel.ts';
import { keyFindings, topRecommendations } from './sections/summary.ts';

const sample = parseReviewFileText(readFileSync(new URL('../../../../templates/samples/sallowmere.review.json', import.meta.url)));
const options = { today: '2026-04-24', version: 'Draft 0.3', includeQuotes: true, wording: defaultWording(), glossary: defaultGlossary() };

describe('report formatting', () => {
  it('writes dates, counts and lists in UK English', () => {
    expect(longDate('2026-03-09')).toBe('9 March 2026');
    expect(longDate('not a date')).toBe('not a date');
    expect(count(1234567)).toBe('1,234,567');
    expect(plural(1, 'agency', 'agencies')).toBe('1 agency');
    expect(plural(2, 'agency', 'agencies')).toBe('2 agencies');
    expect(listAnd(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('cleans user text of characters XML cannot hold and splits paragraphs at line breaks', () => {
    expect(oneLine(' a\u0000b \t\n c\uFFFF ')).toBe('ab c');
    expect(oneLine('pair \uD83D\uDE00 lone \uD83D end')).toBe('pair \uD83D\uDE00 lone end');
    expect(paragraphsOf('One.\r\n\r\nTwo.\nThree.')).toEqual(['One.', 'Two.', 'Three.']);
  });
});

describe('the report model of the sample review', () => {
  const model = buildReportModel(sample, options);

  it('numbers findings in theme order, strengths first within a theme', () => {
    expect(model.findings.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const governance = model.themes.find((t) => t.name === 'Multi-agency working and governance')!;
    expect(governance.findings.map((f) => f.kind)).toEqual(['good-practice', 'barrier']);
    // A parent theme with findings only below it is kept, so its sub-themes have a home.
    expect(model.themes.slice(0, 3).map((t) => [t.name, t.depth, t.findings.length])).toEqual([
      ['Vulnerability and exploitation', 0, 0], ['Child sexual exploitation (CSE)', 1, 1], ['Missing from home or care', 1, 1],
    ]);
  });

  it('quotes only passages marked quotable, attributed to a sector', () => {
    const quotable = new Set(sample.excerpts.filter((x) => x.isQuote).map((x) => x.text.trim()));
    const quotes = model.findings.flatMap((f) => f.quotes);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect([...quotable].some((t) => t.includes(q.text)), q.text).toBe(true);
    for (const q of quotes) expect(q.attribution).toMatch(/^a (practitioner (from|at|in) |young person$)/);
    expect(buildReportModel(sample, { ...options, includeQuotes: false }).findings.flatMap((f) => f.quotes)).toEqual([]);
  });

  it('counts engagement by kind, sector and week, without titles or names', () => {
    expect(model.engagement.sessions).toBe(16);
    expect(model.engagement.byKind.find((k) => k.label === 'Document review')?.participants).toBeUndefined();
    expect(model.engagement.byWeek.map((w) => w.weekBeginning)).toEqual(['9 March 2026', '16 March 2026']);
    expect(JSON.stringify(model.engagement)).not.toContain('Kestrel Court youth centre'); // an engagement title
  });

  it('fills every placeholder of the standard wording', () => {
    expect(Object.values(model.wording).flat().join(' ')).not.toMatch(/\{\{/);
    expect(model.wording.introduction[0]).toContain('carried out in Sallowmere for Safer Sallowmere Partnership');
  });

  it('keeps only the glossary entries the report uses', () => {
    const terms = model.glossary.map((g) => g.abbreviation);
    expect(terms).toContain('CAMHS');
    expect(terms).not.toContain('DDTRO');
  });

  it('chooses the most widely heard findings and the top-priority recommendations for the summary', () => {
    const key = keyFindings(model.findings, 3);
    expect(key).toHaveLength(3);
    const sectors = (n: number) => model.findings.find((f) => f.number === n)!.strength.sectors;
    const least = Math.min(...key.map((f) => sectors(f.number)));
    expect(model.findings.filter((f) => !key.includes(f)).every((f) => f.strength.sectors <= least)).toBe(true);
    expect(topRecommendations(model.recommendations).map((r) => r.number)).toEqual([1, 2, 4]);
  });

  it('describes strength of evidence in words, flagging a single voice', () => {
    expect(evidenceSentence({ excerpts: 0, engagements: 0, agencies: 0, sectors: 0, unattributed: 0, isSingleVoice: true })).toContain('no coded passages');
    expect(evidenceSentence({ excerpts: 2, engagements: 1, agencies: 1, sectors: 1, unattributed: 0, isSingleVoice: true }))
      .toBe('Strength of evidence: 2 passages from 1 session; heard from 1 agency in 1 sector. This rests on a single session, so it should be read with care.');
    expect(evidenceSentence({ excerpts: 3, engagements: 2, agencies: 2, sectors: 2, unattributed: 1, isSingleVoice: false }))
      .toBe('Strength of evidence: 3 passages from 2 sessions; heard from 2 agencies in 2 sectors; 1 passage not attributed.');
    expect(evidenceSentence({ excerpts: 2, engagements: 2, agencies: 1, sectors: 1, unattributed: 0, isSingleVoice: true }))
      .toContain('It was heard from a single agency, so it should be read with care.');
    expect(evidenceSentence({ excerpts: 2, engagements: 2, agencies: 0, sectors: 0, unattributed: 2, isSingleVoice: true }))
      .toBe('Strength of evidence: 2 passages from 2 sessions; none attributed to an agency. No passage is attributed to an agency, so agreement across agencies cannot be shown; it should be read with care.');
  });
});
