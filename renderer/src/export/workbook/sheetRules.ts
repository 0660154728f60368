/**
 * Rules that live on whole columns rather than in cells: the status list and the RAG and
 * overdue colours of the action plan, and the highlights of weak evidence and empty
 * coverage. Each is set ONCE on a range (exceljs writes overlapping ranges when validation
 * is set cell by cell), down to the last row Excel has, so rows a partnership adds later
 * are covered too. Colour always sits beside words the cell already shows.
 */
import type { DataValidation, Worksheet, Style } from 'exceljs';
import { ragOf } from '../../domain/rag.ts';
import { ACTION_STATUSES } from '../../domain/reviewFile.ts';
import { columnLetter, columnNumber, type DataSheet } from './sheetWriter.ts';

/** The last row of a worksheet in Excel 2007 and later. */
export const LAST_ROW = 1_048_576;

/** Fills and text colours as Excel's own "good / neutral / bad" styles, which stay legible printed. */
const fill = (background: string, text: string): Partial<Style> => ({
  fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: background } },
  font: { color: { argb: text } },
});
export const RAG_STYLES = {
  green: fill('FFC6EFCE', 'FF006100'),
  amber: fill('FFFFEB9C', 'FF9C5700'),
  red: fill('FFFFC7CE', 'FF9C0006'),
  complete: fill('FFE7E6E6', 'FF3B3838'),
} as const;
/** A soft yellow for an empty coverage cell: a gap to notice, not an alarm. */
const EMPTY_CELL = fill('FFFFF2CC', 'FF7F6000');

const columnRange = (column: number) => `${columnLetter(column)}2:${columnLetter(column)}${LAST_ROW}`;
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The status labels a cell in the Status column may hold, in workflow order. */
export const STATUS_LABELS = ACTION_STATUSES.map((s) => ragOf(s).label);

/** Colours the RAG labels in `ref` (the words stay in the cell); returns how many rules it used. */
function addRagColours(worksheet: Worksheet, ref: string): number {
  const rules = ACTION_STATUSES.flatMap((s) => {
    const { rag, label } = ragOf(s);
    return rag === 'none' ? [] : [{ label, style: RAG_STYLES[rag] }];
  });
  worksheet.addConditionalFormatting({
    ref,
    rules: rules.map(({ label, style }, i) => ({ type: 'cellIs', operator: 'equal', formulae: [quoted(label)], style, priority: i + 1 })),
  });
  return rules.length;
}

/** A recommendation's progress (the roll-up of its actions) in the same colours as the action plan. */
export function decorateRecommendations(worksheet: Worksheet, sheet: DataSheet): void {
  addRagColours(worksheet, columnRange(columnNumber(sheet, 'Progress')));
}

export function decorateActionPlan(worksheet: Worksheet, sheet: DataSheet): void {
  const status = columnLetter(columnNumber(sheet, 'Status'));
  const due = columnLetter(columnNumber(sheet, 'Due date'));
  // exceljs has range validations (Worksheet.dataValidations) but its types leave them out.
  const ranged = worksheet as Worksheet & { dataValidations: { add(range: string, validation: DataValidation): void } };
  ranged.dataValidations.add(columnRange(columnNumber(sheet, 'Status')), {
    type: 'list',
    allowBlank: true,
    formulae: [`"${STATUS_LABELS.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Choose a status',
    error: `Choose one of: ${STATUS_LABELS.join(', ')}.`,
    showInputMessage: true,
    promptTitle: 'Status',
    prompt: 'Choose from the list.',
  });
  const statusRules = addRagColours(worksheet, columnRange(columnNumber(sheet, 'Status')));
  // Live, unlike the "Overdue at export" column: Excel re-checks against TODAY() every time
  // the file is opened, and follows the status as the partnership updates it.
  worksheet.addConditionalFormatting({
    ref: columnRange(columnNumber(sheet, 'Due date')),
    rules: [{
      type: 'expression',
      formulae: [`AND(ISNUMBER(${due}2),${due}2<TODAY(),${status}2<>${quoted(ragOf('complete').label)})`],
      style: { ...RAG_STYLES.red, font: { ...RAG_STYLES.red.font, bold: true } },
      priority: statusRules + 1,
    }],
  });
  worksheet.addConditionalFormatting({
    ref: columnRange(columnNumber(sheet, 'Overdue at export')),
    rules: [{ type: 'cellIs', operator: 'equal', formulae: ['"Yes"'], style: RAG_STYLES.red, priority: statusRules + 2 }],
  });
}

/** Findings that rest on one engagement show "Yes" in amber: the word says it, the colour draws the eye. */
export function decorateFindings(worksheet: Worksheet, sheet: DataSheet): void {
  worksheet.addConditionalFormatting({
    ref: columnRange(columnNumber(sheet, 'Single voice')),
    rules: [{ type: 'cellIs', operator: 'equal', formulae: ['"Yes"'], style: RAG_STYLES.amber, priority: 1 }],
  });
}

/** Empty cells of the coverage matrix (a 0) are shaded: whom the review has not heard from on a theme. */
export function decorateCoverage(worksheet: Worksheet, sheet: DataSheet): void {
  const sectorColumns = sheet.columns.length - 2;
  if (sectorColumns < 1 || sheet.rows.length === 0) return;
  worksheet.addConditionalFormatting({
    ref: `B2:${columnLetter(sectorColumns + 1)}${sheet.rows.length + 1}`,
    rules: [{ type: 'cellIs', operator: 'equal', formulae: ['0'], style: EMPTY_CELL, priority: 1 }],
  });
}
