import { describe, expect, it } from 'vitest';
import { describeStrength, singleVoiceWarning } from './findingLabels.ts';

const strength = (excerpts: number, engagements: number, agencies: number, sectors: number, unattributed: number, isSingleVoice = false) =>
  ({ excerpts, engagements, agencies, sectors, unattributed, isSingleVoice });

describe('strength of evidence in words', () => {
  it('counts with singular and plural words, saying whom it was heard from', () => {
    expect(describeStrength(strength(5, 3, 4, 2, 0))).toBe('5 passages from 3 engagements; heard from 4 agencies in 2 sectors.');
    expect(describeStrength(strength(1, 1, 1, 1, 0, true))).toBe('1 passage from 1 engagement; heard from 1 agency in 1 sector.');
    expect(describeStrength(strength(3, 2, 2, 2, 1))).toBe('3 passages from 2 engagements; heard from 2 agencies in 2 sectors; 1 passage not attributed.');
    expect(describeStrength(strength(4, 2, 2, 1, 2))).toBe('4 passages from 2 engagements; heard from 2 agencies in 1 sector; 2 passages not attributed.');
  });

  it('never claims agencies for passages with no speaker', () => {
    expect(describeStrength(strength(1, 1, 0, 0, 1, true))).toBe('1 passage from 1 engagement; not attributed to an agency.');
    expect(describeStrength(strength(2, 2, 0, 0, 2, true))).toBe('2 passages from 2 engagements; none attributed to an agency.');
  });

  it('says plainly when there is no evidence, and why a single voice is flagged', () => {
    const none = strength(0, 0, 0, 0, 0, true);
    expect(describeStrength(none)).toBe('No passages cited yet.');
    expect(singleVoiceWarning(none)).toMatch(/No engagement supports/);
    expect(singleVoiceWarning({ ...none, excerpts: 2, engagements: 1 })).toMatch(/rests on one engagement/);
    expect(singleVoiceWarning(strength(2, 2, 1, 1, 0, true))).toMatch(/came from one agency/);
    expect(singleVoiceWarning(strength(2, 2, 0, 0, 2, true))).toMatch(/No passage behind this finding is attributed/);
  });
});
