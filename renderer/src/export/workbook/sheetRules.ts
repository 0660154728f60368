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
import { ACTION_PLAN_COLUMNS } from './planSheets.ts';
import { columnLetter, type DataSheet } from './sheetWriter.ts';

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

export function decorateActionPlan(worksheet: Worksheet): void {
  const status = columnLetter(ACTION_PLAN_COLUMNS.status);
  const due = columnLetter(ACTION_PLAN_COLUMNS.dueDate);
  // exceljs has range validations (Worksheet.dataValidations) but its types leave them out.
  const ranged = worksheet as Worksheet & { dataValidations: { add(range: string, validation: DataValidation): void } };
  ranged.dataValidations.add(columnRange(ACTION_PLAN_COLUMNS.status), {
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
  const statusRules = ACTION_STATUSES.flatMap((s) => {
    const { rag, label } = ragOf(s);
    const style = rag === 'none' ? undefined : RAG_STYLES[rag];
    return style ? [{ label, style }] : [];
  });
  worksheet.addConditionalFormatting({
    ref: columnRange(ACTION_PLAN_COLUMNS.status),
    rules: statusRules.map(({ label, style }, i) => ({
      type: 'cellIs', operator: 'equal', formulae: [quoted(label)], style, priority: i + 1,
    })),
  });
  // Live, unlike the "Overdue at export" column: Excel re-checks against TODAY() every time
  // the file is opened, and follows the status as the partnership updates it.
  worksheet.addConditionalFormatting({
    ref: columnRange(ACTION_PLAN_COLUMNS.dueDate),
    rules: [{
      type: 'expression',
      formulae: [`AND(ISNUMBER(${due}2),${due}2<TODAY(),${status}2<>${quoted(ragOf('complete').label)})`],
      style: { ...RAG_STYLES.red, font: { ...RAG_STYLES.red.font, bold: true } },
      priority: statusRules.length + 1,
    }],
  });
  worksheet.addConditionalFormatting({
    ref: columnRange(ACTION_PLAN_COLUMNS.overdue),
    rules: [{ type: 'cellIs', operator: 'equal', formulae: ['"Yes"'], style: RAG_STYLES.red, priority: statusRules.length + 2 }],
  });
}

/** Findings that rest on one engagement show "Yes" in amber: the word says it, the colour draws the eye. */
export function decorateFindings(worksheet: Worksheet, sheet: DataSheet): void {
  const column = sheet.columns.findIndex((c) => c.header === 'Single voice') + 1;
  worksheet.addConditionalFormatting({
    ref: columnRange(column),
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
