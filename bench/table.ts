/** Turns benchmark rows into the printed table and the budget verdicts. */
import { BUDGETS, MAX_XL_OVER_L } from './budgets.ts';
import type { Row } from './node.ts';

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

/** Ratio of our median to the floor's median, when there is a floor. */
export function ratioOf(row: Row): number | undefined {
  return row.floor ? row.ours.median / row.floor.median : undefined;
}

/** The statistic a row is judged by: p95 for query latency, the median for everything else. */
export function judged(row: Row): number {
  return row.name.endsWith('p95') ? row.ours.p95 : row.ours.median;
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
    out.push(`${timeOk && ratioOk ? 'MET   ' : 'MISSED'} ${budget.row}: ${ms(value)} ms${ratio === undefined ? '' : ` (${ratio.toFixed(2)} × floor)`}; budget ${limits}`);
  }
  for (const name of ['Word report', 'Excel workbook', 'parse and validate']) {
    const l = rows.find((r) => r.name === `L: ${name}`);
    const xl = rows.find((r) => r.name === `XL: ${name}`);
    if (!l || !xl) continue;
    const growth = xl.ours.median / l.ours.median;
    out.push(`${growth <= MAX_XL_OVER_L ? 'MET   ' : 'MISSED'} XL / L, ${name}: ${growth.toFixed(1)} ×; budget ≤ ${MAX_XL_OVER_L} ×`);
  }
  return out;
}

export function formatTable(rows: readonly Row[]): string {
  const header = ['Measure', 'Median ms', 'Min–max ms', 'p95 ms', 'Floor', 'Floor median ms', 'Ratio'];
  const body = rows.map((row) => [
    row.name, ms(row.ours.median), `${ms(row.ours.min)}–${ms(row.ours.max)}`, ms(row.ours.p95),
    row.floorName ?? '', row.floor ? ms(row.floor.median) : '', ratioOf(row)?.toFixed(2) ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
