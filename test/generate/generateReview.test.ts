import { describe, expect, it } from 'vitest';
import { parseReviewFile, serialiseReviewFile } from '../../renderer/src/domain/reviewFile.ts';
import { generateReview, SCALES } from './generateReview.ts';

describe('generateReview', () => {
  it('makes a valid S review, the same on every run', () => {
    const file = generateReview(SCALES.S);
    expect(parseReviewFile(file)).toEqual(file);
    expect(file.engagements).toHaveLength(16);
    expect(serialiseReviewFile(generateReview(SCALES.S))).toEqual(serialiseReviewFile(file));
    expect(serialiseReviewFile(generateReview({ ...SCALES.S, seed: 2 }))).not.toEqual(serialiseReviewFile(file));
  });

  it('makes a valid L review of the agreed size', () => {
    const file = generateReview(SCALES.L);
    expect(() => parseReviewFile(file)).not.toThrow();
    const words = file.engagements.reduce((n, e) => n + e.notes.split(' ').length, 0) / file.engagements.length;
    expect(words).toBeGreaterThanOrEqual(1500);
    expect(words).toBeLessThan(1600);
    expect(file.excerpts).toHaveLength(300 * 15);
    expect(file.findings).toHaveLength(750);
    expect(file.recommendations).toHaveLength(200);
    expect(file.actions).toHaveLength(600);
    expect(file.excerpts.some((x) => x.isQuote) && file.excerpts.some((x) => !x.isQuote)).toBe(true);
  });
});
