import { describe, expect, it } from 'vitest';
import { quoteAttribution } from './attribution.ts';

describe('quoteAttribution', () => {
  it('names one sector', () => {
    expect(quoteAttribution('interview', ['education'])).toBe('a practitioner from education');
    expect(quoteAttribution('focus-group', ['police'])).toBe('a practitioner from the police');
  });

  it('names two or three sectors as one of them, once each', () => {
    expect(quoteAttribution('workshop', ['police', 'education', 'police'])).toBe('a practitioner from the police or education');
    expect(quoteAttribution('interview', ['health', 'housing', 'probation'])).toBe('a practitioner from health, housing or probation');
  });

  it('speaks of the multi-agency session when more sectors were in the room', () => {
    expect(quoteAttribution('workshop', ['police', 'education', 'health', 'housing'])).toBe('a practitioner in a multi-agency workshop');
    expect(quoteAttribution('survey', ['police', 'education', 'health', 'housing'])).toBe('a survey respondent from one of 4 sectors');
  });

  it('attributes young people, documents and engagements without a sector plainly', () => {
    expect(quoteAttribution('young-people', ['youth-services'])).toBe('a young person');
    expect(quoteAttribution('document-review', ['strategic'])).toBe('a document from the strategic partnership');
    expect(quoteAttribution('interview', [])).toBe('a practitioner');
  });
});
