import { describe, expect, it } from 'vitest';
import { quantile, summarise, time, timePair } from './stats.ts';

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

  it('alternates ours and the floor, after warming both up', async () => {
    const order: string[] = [];
    const { ours, floor } = await timePair(2, () => { order.push('ours'); }, () => { order.push('floor'); }, 1);
    expect(order).toEqual(['ours', 'floor', 'ours', 'floor', 'ours', 'floor']);
    expect(ours).toHaveLength(2);
    expect(floor).toHaveLength(2);
  });
});
