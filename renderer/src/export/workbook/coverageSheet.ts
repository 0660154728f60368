/** Themes × sectors: how many passages each sector gave on each theme; the zeros show whom to ask next. */
import { coverageMatrix } from '../../domain/coverage.ts';
import { SECTOR_LABELS } from '../../domain/labels.ts';
import type { CellValue } from './cellText.ts';
import type { WorkbookContext } from './context.ts';
import type { DataSheet } from './sheetWriter.ts';

export function coverageSheet(ctx: WorkbookContext): DataSheet {
  const matrix = coverageMatrix(ctx.file);
  return {
    name: 'Coverage',
    table: 'tblCoverage',
    columns: [
      { header: 'Theme', width: 36 },
      ...matrix.sectors.map((s) => ({ header: SECTOR_LABELS[s], width: 12, kind: 'number' as const })),
      { header: 'All sectors', width: 10, kind: 'number' },
    ],
    rows: matrix.rows.map((row): CellValue[] => [row.theme.name, ...row.counts, row.total]),
    indent: matrix.rows.map((row) => row.depth),
  };
}
