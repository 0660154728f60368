/** The Peer networks sheet (issue 15): one row per network with its figures. Present only when the review has networks. */
import { networkFigures } from '../../domain/network/figures.ts';
import type { CellValue } from './cellText.ts';
import { cellDate, type WorkbookContext } from './context.ts';
import type { DataSheet } from './sheetWriter.ts';

export function networksSheet(ctx: WorkbookContext): DataSheet {
  return {
    name: 'Peer networks',
    table: 'tblPeerNetworks',
    columns: [
      { header: 'Network', width: 30 },
      { header: 'Date', width: 12, kind: 'date' },
      { header: 'Source', width: 40 },
      { header: 'People', width: 9, kind: 'number' },
      { header: 'Incidents', width: 10, kind: 'number' },
      { header: 'Institutions', width: 12, kind: 'number' },
      { header: 'People connected to two or more others', width: 16, kind: 'number' },
      { header: 'Incidents with two or more people', width: 16, kind: 'number' },
      { header: 'Institutions with two or more people', width: 16, kind: 'number' },
      { header: 'Institutions with two or more people there at the same time', width: 18, kind: 'number' },
      { header: 'Share with two or more connections (%)', width: 14, kind: 'number' },
    ],
    rows: (ctx.file.networks ?? []).map((n): CellValue[] => {
      const f = networkFigures(n);
      const overlapping = networkFigures(n, { overlappingAttendanceOnly: true });
      return [
        n.title, n.date ? cellDate(n.date) : '', n.sourceNote, f.people, f.incidents, f.institutions,
        f.peopleConnectedToTwoOrMore, f.incidentsWithTwoOrMorePeople, f.institutionsWithTwoOrMorePeople,
        overlapping.institutionsWithTwoOrMorePeople, Math.round(f.keptShare * 100),
      ];
    }),
  };
}
