/** The Summary sheet: the key figures of the review on one page, and how to read the rest. */
import type { Workbook } from 'exceljs';
import { rollUp, ragOf } from '../../domain/rag.ts';
import { ACTION_STATUSES, FINDING_KINDS, PRIORITIES } from '../../domain/reviewFile.ts';
import { strengthForAll } from '../../domain/evidence.ts';
import { safeCell, type CellValue } from './cellText.ts';
import { cellDate, dateInWords, type WorkbookContext } from './context.ts';
import { FINDING_KIND_LABELS, PRIORITY_LABELS } from '../../domain/labels.ts';
import { HEADER_FILL, LONG_DATE_FORMAT, rowHeight, setUpPrinting } from './sheetWriter.ts';

export type SummaryLine =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'figure'; label: string; value: CellValue; isPart?: boolean }
  | { kind: 'note'; text: string };

const countBy = <T, K>(items: readonly T[], key: (item: T) => K) => {
  const out = new Map<K, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
  return out;
};

/** The summary as lines, built without exceljs so its figures can be tested alone. */
export function summaryLines(ctx: WorkbookContext): SummaryLine[] {
  const { file, today } = ctx;
  const { review } = file;
  const figure = (label: string, value: CellValue): SummaryLine => ({ kind: 'figure', label, value });
  // A part of the figure above it ("Gap" under "Findings"), shown indented.
  const part = (label: string, value: CellValue): SummaryLine => ({ kind: 'figure', label, value, isPart: true });
  const heading = (text: string): SummaryLine => ({ kind: 'heading', text });
  const engagedAgencies = new Set(file.engagements.flatMap((e) => e.agencyIds));
  const engagedSectors = new Set([...ctx.sectorsOf.values()].flat());
  const findingKinds = countBy(file.findings, (f) => f.kind);
  const singleVoice = [...strengthForAll(file).values()].filter((s) => s.isSingleVoice).length;
  const priorities = countBy(file.recommendations, (r) => r.priority);
  const plan = rollUp(file.actions, today);
  return [
    { kind: 'title', text: review.title },
    figure('Protective marking', review.protectiveMarking),
    heading('The review'),
    figure('Area', review.area),
    figure('Commissioning partnership', review.commissioner),
    ...(review.startDate ? [figure('Start date', cellDate(review.startDate))] : []),
    ...(review.endDate ? [figure('End date', cellDate(review.endDate))] : []),
    figure('Workbook made on', cellDate(today)),
    heading('What the review heard'),
    figure('Engagements', file.engagements.length),
    figure('Participants', file.engagements.reduce((sum, e) => sum + e.participantCount, 0)),
    figure('Agencies in scope', file.agencies.length),
    figure('Agencies engaged', engagedAgencies.size),
    figure('Sectors engaged', engagedSectors.size),
    figure('Passages coded', file.excerpts.length),
    figure('Passages cleared for quotation', file.excerpts.filter((x) => x.isQuote).length),
    heading('Findings'),
    figure('Findings', file.findings.length),
    ...FINDING_KINDS.map((k) => part(FINDING_KIND_LABELS[k], findingKinds.get(k) ?? 0)),
    figure('Findings resting on a single voice', singleVoice),
    heading('Recommendations'),
    figure('Recommendations', file.recommendations.length),
    ...PRIORITIES.map((p) => part(`${PRIORITY_LABELS[p]} priority`, priorities.get(p) ?? 0)),
    heading('Action plan'),
    figure('Actions', plan.total),
    ...ACTION_STATUSES.map((s) => part(ragOf(s).label, plan.counts[s])),
    figure(`Overdue on ${dateInWords(today)}`, plan.overdue),
    figure('Overall status of the plan', plan.overall.label),
    heading('How to read this workbook'),
    { kind: 'note', text: 'Each sheet after this one is an Excel table: the buttons in its header row sort and filter it.' },
    { kind: 'note', text: 'Quotes are attributed to a sector, never to a person or an agency. Passages not cleared for quotation are only counted (Passages by theme). Interview notes and the names of the review team are not included.' },
    { kind: 'note', text: 'Findings are numbered F1, F2… in theme order. Strength of evidence counts the distinct passages and engagements behind each finding, and the agencies and sectors it was heard from: a passage counts for the agency of the person speaking (or the engagement’s only agency), never for everyone in the room, and is otherwise counted as not attributed. "Single voice" means it rests on one engagement or none, or was heard from one agency or none. The Coverage sheet counts passages the same way.' },
    { kind: 'note', text: `Action plan: pick a status from the list in the Status column. The colour follows the status (green on track, amber at risk, red off track, grey complete) and the words are always shown. A due date turns red once it has passed and the action is not complete; "Overdue at export" records the position on ${dateInWords(today)}.` },
  ];
}

const FONT = { name: 'Arial', size: 10 } as const;
const WIDTHS = [44, 80];

/** Writes the summary lines into a two-column sheet: labels in A, values in B. */
export function addSummarySheet(workbook: Workbook, lines: readonly SummaryLine[], ctx: WorkbookContext): void {
  const sheet = workbook.addWorksheet('Summary');
  WIDTHS.forEach((width, i) => { sheet.getColumn(i + 1).width = width; });
  lines.forEach((line, i) => {
    const row = sheet.getRow(i + 1);
    const a = row.getCell(1);
    const b = row.getCell(2);
    switch (line.kind) {
      case 'title':
        a.value = safeCell(line.text);
        a.font = { ...FONT, size: 16, bold: true };
        row.height = 26;
        break;
      case 'heading':
        a.value = line.text;
        a.font = { ...FONT, size: 12, bold: true, color: { argb: 'FFFFFFFF' } };
        for (const cell of [a, b]) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
        row.height = 20;
        break;
      case 'figure':
        a.value = line.label;
        a.font = FONT;
        a.alignment = { horizontal: 'left', vertical: 'top', ...(line.isPart && { indent: 2 }) };
        b.value = safeCell(line.value);
        b.font = line.label === 'Protective marking' ? { ...FONT, bold: true } : FONT;
        b.alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
        row.height = rowHeight([null, b.value as CellValue], WIDTHS);
        if (line.value instanceof Date) b.numFmt = LONG_DATE_FORMAT;
        break;
      case 'note':
        a.value = '•';
        a.alignment = { horizontal: 'right', vertical: 'top' };
        b.value = line.text;
        b.font = FONT;
        b.alignment = { vertical: 'top', wrapText: true };
        row.height = rowHeight([null, line.text], WIDTHS);
        break;
    }
  });
  setUpPrinting(sheet, ctx.file.review.protectiveMarking, false);
  sheet.pageSetup.orientation = 'portrait';
}
