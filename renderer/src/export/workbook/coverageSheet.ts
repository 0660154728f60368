/**
 * Themes × sectors: how many passages were heard from each sector on each theme; the zeros
 * show whom to ask next. Passages whose speaker was not recorded have their own column.
 */
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
      { header: 'Not attributed', width: 12, kind: 'number' },
      { header: 'All sectors', width: 10, kind: 'number' },
    ],
    rows: matrix.rows.map((row): CellValue[] => [row.theme.name, ...row.counts, row.unattributed, row.total]),
    indent: matrix.rows.map((row) => row.depth),
  };
}
