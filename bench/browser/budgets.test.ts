import { describe, expect, it } from 'vitest';
import type { Row } from '../node.ts';
import { summarise } from '../stats.ts';
import { browserVerdicts, ROWS, STAGE_BUDGETS, STAGE_ROWS } from './budgets.ts';

const row = (name: string, samples: number[], floor?: number[]): Row => ({ name, ours: summarise(samples), ...(floor && { floor: summarise(floor), floorName: 'floor' }) });

describe('browserVerdicts', () => {
  it('judges time and ratio together, the longest task by its worst run, and the heap in MB', () => {
    const lines = browserVerdicts([
      row(ROWS.import, [900, 1000, 1100], [700, 800, 900]),
      row(ROWS.open, [390, 400, 500]),
      row(ROWS.unlock, [600, 700, 800]),
      row(ROWS.edit, [80, 90, 120]),
      row(ROWS.searchBeyond, Array.from({ length: 20 }, (_, i) => i + 12)),
      row(ROWS.notesTask, [20, 30, 51]),
      row(ROWS.heap, [100, 120]),
    ]);
    expect(lines).toEqual([
      `MET    ${ROWS.import}: median 1000 ms (1.25 × floor); budget median ≤ 1500 ms, ≤ 1.3 × floor`,
      `MET    ${ROWS.open}: median 400 ms; budget median ≤ 400 ms`,
      `MET    ${ROWS.unlock}: median 700 ms; budget median ≤ 1500 ms`,
      `MET    ${ROWS.edit}: median 90.0 ms; budget median ≤ 100 ms`,
      `MET    ${ROWS.searchBeyond}: p95 30.0 ms; budget p95 ≤ 30 ms`,
      `MISSED ${ROWS.notesTask}: max 51.0 ms; budget worst run ≤ 50 ms`,
      `MET    ${ROWS.heap}: max 120 MB; budget worst run ≤ 250 MB`,
    ]);
  });

  it('misses on the ratio alone, and says plainly what was not measured', () => {
    const lines = browserVerdicts([row(ROWS.import, [1000], [500])]);
    expect(lines[0]).toMatch(/^MISSED .*2\.00 × floor/);
    expect(lines.slice(1).every((line) => line.startsWith('NOT MEASURED'))).toBe(true);
  });
});

describe('the XL screen budgets (issue 12)', () => {
  it('judges each screen’s first paint by its median and the long tasks by the worst run', () => {
    const lines = browserVerdicts([
      row(STAGE_ROWS.screen('Analyse: findings'), [900, 1100, 1200]),
      row(STAGE_ROWS.screen('Scope'), [100, 120, 900]),
      row(STAGE_ROWS.taskAfterImport, [50, 150, 201]),
    ], STAGE_BUDGETS);
    expect(lines).toContain(`MISSED ${STAGE_ROWS.screen('Analyse: findings')}: median 1100 ms; budget median ≤ 1000 ms`);
    expect(lines).toContain(`MET    ${STAGE_ROWS.screen('Scope')}: median 120 ms; budget median ≤ 1000 ms`);
    expect(lines).toContain(`MISSED ${STAGE_ROWS.taskAfterImport}: max 201 ms; budget worst run ≤ 200 ms`);
    expect(lines.filter((line) => line.startsWith('NOT MEASURED'))).toHaveLength(STAGE_BUDGETS.length - 3);
  });
});
