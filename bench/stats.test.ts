import { describe, expect, it } from 'vitest';
import { quantile, summarise, time } from './stats.ts';

describe('bench statistics', () => {
  it('takes quantiles by nearest rank', () => {
    const samples = [5, 1, 4, 2, 3];
    expect(quantile(samples, 0.5)).toBe(3);
    expect(quantile(samples, 0.95)).toBe(5);
    expect(quantile(samples, 0)).toBe(1);
    expect(quantile(Array.from({ length: 100 }, (_, i) => i + 1), 0.95)).toBe(95);
    expect(() => quantile([], 0.5)).toThrow('no samples');
  });

  it('summarises', () => {
    expect(summarise([3, 1, 2])).toEqual({ runs: 3, median: 2, min: 1, max: 3, p95: 3 });
  });

  it('times each run after the warm-up', async () => {
    let calls = 0;
    const samples = await time(3, () => { calls += 1; }, 2);
    expect(samples).toHaveLength(3);
    expect(calls).toBe(5);
    expect(samples.every((ms) => ms >= 0)).toBe(true);
  });
});
