import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReviewFile, parseReviewFileText, serialiseReviewFile } from './reviewFile.ts';
import { withFreshIds } from './reviewCopy.ts';
import { reviewFileArbitrary } from '../../../test/helpers/reviewFileArbitrary.ts';

describe('review file properties', () => {
  it('every generated file is valid (the generator itself is honest)', () => {
    fc.assert(fc.property(reviewFileArbitrary, (file) => { parseReviewFile(file); }), { numRuns: 200 });
  });

  it('serialise → parse is lossless, whatever the text', () => {
    fc.assert(fc.property(reviewFileArbitrary, (file) => {
      expect(parseReviewFileText(serialiseReviewFile(file))).toEqual(file);
    }), { numRuns: 200 });
  });

  it('a copy with fresh ids is still valid and shares no id with its original', () => {
    fc.assert(fc.property(reviewFileArbitrary, (file) => {
      const copy = parseReviewFile(withFreshIds(file));
      const ids = (f: typeof file) => JSON.stringify(f).match(/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/g) ?? [];
      const original = new Set(ids(file));
      expect(ids(copy).filter((x) => original.has(x))).toEqual([]);
      expect(copy.excerpts.map((x) => x.text)).toEqual(file.excerpts.map((x) => x.text));
    }), { numRuns: 100 });
  });
});
