import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unansweredFindings } from './unanswered.ts';
import { parseReviewFileText, type Finding } from './reviewFile.ts';
import { id, makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';

const sample = parseReviewFileText(readFileSync(new URL('../../../templates/samples/sallowmere.review.json', import.meta.url)));

const finding = (n: number, themeId: string, kind: Finding['kind'], order: number): Finding =>
  ({ id: id(n), themeId, kind, title: `F${n}`, detail: '', excerptIds: [], order });

describe('unanswered findings', () => {
  it('is empty when every gap has a recommendation', () => {
    expect(unansweredFindings(makeReviewFile())).toEqual([]);
  });

  it('lists a gap once no recommendation cites it', () => {
    const file = makeReviewFile({ recommendations: [], actions: [] });
    expect(unansweredFindings(file).map((f) => f.id)).toEqual([id(50)]);
  });

  it('lists gaps and barriers only, in theme-tree order then finding order', () => {
    const base = makeReviewFile();
    const file = {
      ...base,
      findings: [
        ...base.findings, // answered
        finding(51, id(21), 'barrier', 0),
        finding(52, id(20), 'gap', 5),
        finding(53, id(20), 'barrier', 1),
        finding(54, id(20), 'good-practice', 0),
        finding(55, id(21), 'communication', 1),
        finding(56, id(20), 'issue', 2),
      ],
    };
    expect(unansweredFindings(file).map((f) => f.title)).toEqual(['F53', 'F52', 'F51']);
  });
});

describe('unanswered findings in the Sallowmere sample', () => {
  const without = (number: number) => ({ ...sample, recommendations: sample.recommendations.filter((r) => r.number !== number) });

  it('has none: every gap and barrier is answered', () => {
    expect(unansweredFindings(sample)).toEqual([]);
  });

  it('removing the recommendation on transitions leaves "Protection stops at 18" unanswered', () => {
    expect(unansweredFindings(without(5)).map((f) => f.title)).toEqual([expect.stringMatching(/^Protection stops at 18/)]);
  });

  it('removing the recommendation that answers only an issue leaves nothing unanswered', () => {
    const two = sample.recommendations.find((r) => r.number === 2)!;
    expect(two.findingIds.map((fid) => sample.findings.find((f) => f.id === fid)?.kind)).toEqual(['issue']);
    expect(unansweredFindings(without(2))).toEqual([]);
  });

  it('with no recommendations lists every gap and barrier in theme-tree order, not file order', () => {
    const titles = unansweredFindings({ ...sample, recommendations: [] }).map((f) => f.title.split(' ').slice(0, 3).join(' '));
    // Themes: CSE and Missing (under Vulnerability), Multi-agency working, Health, Transitions.
    expect(titles).toEqual(['The exploitation of', 'Return-home interviews come', 'MACE is overloaded', 'Health settings sit', 'Protection stops at']);
  });
});
