/** Turns benchmark rows into the printed table and the budget verdicts. */
import { BUDGETS, MAX_XL_OVER_L } from './budgets.ts';
import type { Row } from './node.ts';

/** A figure as printed: whole numbers from 100, one decimal below. */
export const figure = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

/** The statistic a row is judged by: p95 for latencies named so, the median for everything else. */
export function judged(row: Row, side: 'ours' | 'floor' = 'ours'): number {
  const summary = side === 'ours' ? row.ours : row.floor;
  if (!summary) throw new Error(`${row.name} has no floor`);
  return row.name.endsWith('p95') ? summary.p95 : summary.median;
}

/** Ratio of our judged statistic to the floor's, when there is a floor. */
export function ratioOf(row: Row): number | undefined {
  return row.floor ? judged(row) / judged(row, 'floor') : undefined;
}

export function verdicts(rows: readonly Row[]): string[] {
  const out: string[] = [];
  for (const budget of BUDGETS) {
    const row = rows.find((r) => r.name === budget.row);
    if (!row) continue;
    const value = judged(row);
    const ratio = ratioOf(row);
    const timeOk = budget.maxMs === undefined || value <= budget.maxMs;
    const ratioOk = budget.maxRatio === undefined || (ratio !== undefined && ratio <= budget.maxRatio);
    const limits = [budget.maxMs !== undefined && `≤ ${budget.maxMs} ms`, budget.maxRatio !== undefined && `≤ ${budget.maxRatio} × floor`].filter(Boolean).join(', ');
    out.push(`${timeOk && ratioOk ? 'MET   ' : 'MISSED'} ${budget.row}: ${figure(value)} ms${ratio === undefined ? '' : ` (${ratio.toFixed(2)} × floor)`}; budget ${limits}`);
  }
  // Growth from L to XL for every measure taken at both, beside its floor's growth: a
  // floor that grows as much says the cost is the machine's (memory, caches), not ours.
  for (const l of rows.filter((r) => r.name.startsWith('L: '))) {
    const xl = rows.find((r) => r.name === `XL${l.name.slice(1)}`);
    if (!xl) continue;
    const growth = judged(xl) / judged(l);
    const floorGrowth = l.floor && xl.floor ? ` (${xl.floorName} ${(judged(xl, 'floor') / judged(l, 'floor')).toFixed(1)} ×)` : '';
    out.push(`${growth <= MAX_XL_OVER_L ? 'MET   ' : 'MISSED'} XL / L, ${l.name.slice(3)}: ${growth.toFixed(1)} ×${floorGrowth}; budget ≤ ${MAX_XL_OVER_L} ×`);
  }
  return out;
}

export function formatTable(rows: readonly Row[]): string {
  const header = ['Measure', 'Median ms', 'Min–max ms', 'p95 ms', 'Floor', 'Floor ms', 'Ratio'];
  const body = rows.map((row) => [
    row.name, figure(row.ours.median), `${figure(row.ours.min)}–${figure(row.ours.max)}`, figure(row.ours.p95),
    row.floorName ?? '', row.floor ? figure(judged(row, 'floor')) : '', ratioOf(row)?.toFixed(2) ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
