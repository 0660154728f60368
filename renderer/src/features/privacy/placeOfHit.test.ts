import { describe, expect, it } from 'vitest';
import { id, makeReviewFile } from '../../../../test/helpers/reviewFileBuilder.ts';
import { hrefFor } from '../../app/router.ts';
import { placeOfHit } from './placeOfHit.ts';

const file = makeReviewFile();
const review = id(1);

describe('placeOfHit', () => {
  it.each([
    ['review.termsOfReference', 'x', 'Terms of reference', `#/reviews/${review}/scope`],
    ['agencies[1].name', 'Hill', 'An agency’s name', `#/reviews/${review}/scope`],
    ['themes[0].name', 'x', 'Theme “Education”: name', `#/reviews/${review}/scope`],
    ['engagements[0].roles[0]', 'x', 'Head teachers: job role', `#/reviews/${review}/engage/${id(30)}`],
    ['engagements[0].notes', 'Police', 'Head teachers: notes', `#/reviews/${review}/analyse/code/${id(30)}?at=40-46`],
    ['excerpts[0].text', 'x', 'Passage from Head teachers', `#/reviews/${review}/analyse/code/${id(30)}?focus=${id(40)}`],
    ['findings[0].detail', 'x', 'Finding “Exclusions rise”: detail', `#/reviews/${review}/analyse/findings?focus=${id(50)}`],
    ['recommendations[0].successMeasure', 'x', 'Recommendation 1: success measure', `#/reviews/${review}/recommend?focus=${id(60)}`],
    ['actions[0].updates[0].note', 'x', 'Action for recommendation 1: progress update', `#/reviews/${review}/follow-up?focus=${id(70)}`],
  ])('%s → %s', (path, text, label, href) => {
    const place = placeOfHit(file, path, text);
    expect(place.label).toBe(label);
    expect(hrefFor(place.route)).toBe(href);
  });

  it('falls back to the Scope stage for a path it does not know', () => {
    expect(hrefFor(placeOfHit(file, 'findings[9].detail', 'x').route)).toBe(`#/reviews/${review}/scope`);
  });
});
