import { describe, expect, it } from 'vitest';
import { formValues, parseRecommendationForm } from './recommendationForm.ts';
import { countOf, describeRecommendation } from './recommendationText.ts';
import { makeReviewFile } from '../../../../test/helpers/reviewFileBuilder.ts';

const recommendation = makeReviewFile().recommendations[0]!;

describe('the recommendation form', () => {
  it('starts a new one at medium priority within six months, answering the findings given', () => {
    expect(formValues(undefined, ['f1'])).toMatchObject({ findingIds: ['f1'], leadAgencyId: '', priority: 'medium', timescale: '6-months' });
  });

  it('round-trips a recommendation’s own details', () => {
    const { id: _id, number: _number, ...details } = recommendation;
    expect(parseRecommendationForm(formValues(recommendation)).details).toEqual(details);
  });

  it('asks for a title and a lead agency', () => {
    expect(parseRecommendationForm({ ...formValues(undefined), title: '  ' })).toEqual({
      errors: { title: 'Enter a title for the recommendation', leadAgencyId: 'Choose the agency that will lead this recommendation' },
    });
  });

  it('trims, leaves out a blank success measure and never keeps the lead as a partner', () => {
    const values = { ...formValues(recommendation), title: ' Review exclusions ', successMeasure: ' ', partnerAgencyIds: [recommendation.leadAgencyId, 'p'] };
    const { details } = parseRecommendationForm(values);
    expect(details).toMatchObject({ title: 'Review exclusions', partnerAgencyIds: ['p'] });
    expect(details && 'successMeasure' in details).toBe(false);
  });
});

describe('words for recommendations', () => {
  it('names a recommendation by number and title, and counts in the singular or plural', () => {
    expect(describeRecommendation({ number: 3, title: ' Train staff ' })).toBe('recommendation 3 (“Train staff”)');
    expect(describeRecommendation({ number: 4, title: '' })).toBe('recommendation 4');
    expect([countOf(1, 'action'), countOf(2, 'action')]).toEqual(['1 action', '2 actions']);
  });
});
