import { describe, expect, it } from 'vitest';
import { describeStrength, singleVoiceWarning } from './findingLabels.ts';

describe('strength of evidence in words', () => {
  it('counts with singular and plural words', () => {
    expect(describeStrength({ excerpts: 5, engagements: 3, agencies: 4, sectors: 2, isSingleVoice: false })).toBe('5 passages from 3 engagements, covering 4 agencies in 2 sectors.');
    expect(describeStrength({ excerpts: 1, engagements: 1, agencies: 1, sectors: 1, isSingleVoice: true })).toBe('1 passage from 1 engagement, covering 1 agency in 1 sector.');
  });

  it('says plainly when there is no evidence, and why a single voice is flagged', () => {
    const none = { excerpts: 0, engagements: 0, agencies: 0, sectors: 0, isSingleVoice: true };
    expect(describeStrength(none)).toBe('No passages cited yet.');
    expect(singleVoiceWarning(none)).toMatch(/No engagement supports/);
    expect(singleVoiceWarning({ ...none, excerpts: 2, engagements: 1 })).toMatch(/rests on one engagement/);
  });
});
