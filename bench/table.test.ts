import { describe, expect, it } from 'vitest';
import type { Row } from './node.ts';
import { summarise } from './stats.ts';
import { formatTable, ratioOf, verdicts } from './table.ts';

const row = (name: string, ours: number[], floor?: number[]): Row => ({
  name, ours: summarise(ours), ...(floor && { floorName: 'bare', floor: summarise(floor) }),
});

describe('verdicts', () => {
  it('judges a budget on time and on the ratio to its floor', () => {
    const lines = verdicts([row('L: Word report', [900, 900, 900], [500, 500, 500]), row('L: Excel workbook', [300], [280])]);
    expect(lines[0]).toMatch(/^MISSED L: Word report: 900 ms \(1\.80 × floor\)/);
    expect(lines[1]).toMatch(/^MET {4}L: Excel workbook: 300 ms \(1\.07 × floor\)/);
  });

  it('judges latencies named p95 by their p95, against the floor’s p95', () => {
    const r = row('L: search query p95', [1, 1, 1, 1, 1, 1, 1, 1, 1, 40], [1, 1, 1, 1, 1, 1, 1, 1, 1, 20]);
    expect(ratioOf(r)).toBe(2);
    expect(verdicts([r])[0]).toMatch(/^MISSED L: search query p95: 40\.0 ms/);
  });

  it('checks growth from L to XL for every measure taken at both', () => {
    const lines = verdicts([row('L: coverage matrix', [1]), row('XL: coverage matrix', [12]), row('L: parse and validate', [10], [5]), row('XL: parse and validate', [100], [50])]);
    expect(lines).toContain('MISSED XL / L, coverage matrix: 12.0 ×; budget ≤ 11 ×');
    expect(lines).toContain('MET    XL / L, parse and validate: 10.0 × (bare 10.0 ×); budget ≤ 11 ×');
  });
});

describe('formatTable', () => {
  it('prints one aligned line per row under a header', () => {
    const lines = formatTable([row('L: Word report', [450], [200])]).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^L: Word report +450 +450–450 +450 +bare +200 +2\.25$/);
  });
});
