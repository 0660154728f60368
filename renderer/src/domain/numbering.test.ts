import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveRecommendation, nextNumber, renumber } from './numbering.ts';
import { parseReviewFile, parseReviewFileText } from './reviewFile.ts';

const sample = parseReviewFileText(readFileSync(new URL('../../../templates/samples/sallowmere.review.json', import.meta.url)));

const recs = [{ id: 'c', number: 7 }, { id: 'a', number: 2 }, { id: 'b', number: 4 }];
const summary = (list: ReadonlyArray<{ id: string; number: number }>) => list.map((r) => `${r.number}:${r.id}`);

describe('renumber', () => {
  it('numbers 1..n in the given order and returns new objects', () => {
    const out = renumber(recs, ['b', 'c', 'a']);
    expect(summary(out)).toEqual(['1:b', '2:c', '3:a']);
    expect(recs[0]!.number).toBe(7);
    expect(out.find((r) => r.id === 'c')).not.toBe(recs[0]);
  });

  it('puts unlisted recommendations after, in their number order, and ignores unknown or repeated ids', () => {
    expect(summary(renumber(recs, ['c', 'x', 'c']))).toEqual(['1:c', '2:a', '3:b']);
    expect(summary(renumber(recs, []))).toEqual(['1:a', '2:b', '3:c']);
  });

  it('keeps every other field', () => {
    const [first] = renumber(sample.recommendations, [sample.recommendations[4]!.id]);
    expect(first).toEqual({ ...sample.recommendations[4], number: 1 });
  });

  it('always yields 1..n over the same ids, whatever order is asked for', () => {
    const ids = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 12 });
    fc.assert(fc.property(ids, fc.array(fc.string({ maxLength: 3 })), (recIds, wanted) => {
      const list = recIds.map((rid, i) => ({ id: rid, number: 100 - i * 3 }));
      const out = renumber(list, [...wanted, ...recIds.slice(0, 2)]);
      expect(out.map((r) => r.number)).toEqual(list.map((_, i) => i + 1));
      expect(out.map((r) => r.id).sort()).toEqual([...recIds].sort());
    }));
  });
});

describe('moving a recommendation', () => {
  it('swaps with its neighbour in number order and closes gaps', () => {
    expect(summary(moveRecommendation(recs, 'b', -1))).toEqual(['1:b', '2:a', '3:c']);
    expect(summary(moveRecommendation(recs, 'b', 1))).toEqual(['1:a', '2:c', '3:b']);
  });

  it('keeps the order at either end or for an unknown id', () => {
    expect(summary(moveRecommendation(recs, 'a', -1))).toEqual(['1:a', '2:b', '3:c']);
    expect(summary(moveRecommendation(recs, 'c', 1))).toEqual(['1:a', '2:b', '3:c']);
    expect(summary(moveRecommendation(recs, 'zz', 1))).toEqual(['1:a', '2:b', '3:c']);
  });

  it('leaves the Sallowmere sample a valid file', () => {
    const third = sample.recommendations.find((r) => r.number === 3)!;
    const moved = moveRecommendation(sample.recommendations, third.id, -1);
    expect(moved.find((r) => r.id === third.id)?.number).toBe(2);
    expect(() => parseReviewFile({ ...sample, recommendations: moved })).not.toThrow();
  });
});

describe('next number', () => {
  it('is one more than the highest, so never a duplicate even with gaps', () => {
    expect(nextNumber([])).toBe(1);
    expect(nextNumber(recs)).toBe(8);
    expect(nextNumber(sample.recommendations)).toBe(6);
  });
});
