import { describe, expect, it } from 'vitest';
import { makeReviewFile } from '../../../../test/helpers/reviewFileBuilder.ts';
import type { PersonalDataHit } from '../../domain/privacy/index.ts';
import type { PersonalDataCheck } from '../privacy/usePersonalDataCheck.ts';
import { carriedBy, hitsToJudge } from './hitsToJudge.ts';

const inWord: PersonalDataHit = { path: 'review.summary', kind: 'phone', text: '07700 900123' };
const inExcel: PersonalDataHit = { path: 'engagements[0].title', kind: 'person-name', text: 'Mr Okafor' };
const inBoth: PersonalDataHit = { path: 'findings[0].detail', kind: 'email', text: 'a@b.org' };

function check(isCurrent: boolean): PersonalDataCheck {
  return {
    file: makeReviewFile(), hits: [inWord, inExcel, inBoth], risks: [], isCurrent,
    carriersOf: new Map([[inWord.path, ['word', 'file']], [inExcel.path, ['excel', 'file']], [inBoth.path, ['word', 'excel', 'file']]]),
  };
}

describe('the hits an export is judged on', () => {
  it('are those the export carries, from a check of the review as it is now', () => {
    expect(hitsToJudge(check(true), 'word')).toEqual({ all: [inWord, inExcel, inBoth], carried: [inWord, inBoth] });
    expect(hitsToJudge(check(true), 'excel')).toEqual({ all: [inWord, inExcel, inBoth], carried: [inExcel, inBoth] });
  });

  it('are none to go on while a check is still running or re-running, so the export checks afresh', () => {
    expect(hitsToJudge(undefined, 'word')).toBeUndefined();
    expect(hitsToJudge(null, 'word')).toBeUndefined();
    expect(hitsToJudge(check(false), 'word')).toBeUndefined();
    expect(hitsToJudge(check(false), 'excel')).toBeUndefined();
  });

  it('name the documents that carry each hit', () => {
    expect(carriedBy(check(true), inWord)).toBe('Word report');
    expect(carriedBy(check(true), inExcel)).toBe('Excel workbook');
    expect(carriedBy(check(true), inBoth)).toBe('Word report, Excel workbook');
  });
});
