/**
 * Writes one data sheet the same way every time: an Excel table (so filters, sorting and
 * banding come free), a frozen, styled header row, set widths, wrapped text aligned to
 * the top, and a page set-up that prints landscape, one page wide, with the header row
 * and the protective marking on every page. Every text value passes through cellText on
 * the way in, so no sheet can forget to neutralise a formula.
 */
import type { Workbook, Worksheet, Style } from 'exceljs';
import type { ProtectiveMarking } from '../../domain/reviewFile.ts';
import { safeCell, type CellValue } from './cellText.ts';

/** How a column shows its values: text wraps at the left; numbers, dates and short labels (Yes/No) sit centred. */
export type ColumnKind = 'text' | 'number' | 'date' | 'label';

export interface ColumnSpec {
  header: string;
  /** Width in characters, as Excel counts them. */
  width: number;
  kind?: ColumnKind;
}

/** A data sheet as plain values, built without exceljs so the rules can be tested alone. */
export interface DataSheet {
  name: string;
  table: string;
  columns: ColumnSpec[];
  rows: CellValue[][];
  /** Indent levels for the first column, one per row (themes nested under their parent). */
  indent?: number[];
}

/** UK dates: the short form in tables, the long form in the summary. */
export const DATE_FORMAT = 'dd/mm/yyyy';
export const LONG_DATE_FORMAT = 'd mmmm yyyy';

/** GOV.UK blue behind white bold text: a contrast ratio above 5:1. */
export const HEADER_FILL = 'FF1D70B8';
const HEADER_STYLE: Partial<Style> = {
  font: { bold: true, color: { argb: 'FFFFFFFF' }, name: 'Arial', size: 10 },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } },
  alignment: { vertical: 'middle', horizontal: 'left', wrapText: true },
  border: { bottom: { style: 'thin', color: { argb: 'FF0B0C0C' } } },
};
const BODY_FONT = { name: 'Arial', size: 10 } as const;
const ROW_RULE: Partial<Style['border']> = { bottom: { style: 'thin', color: { argb: 'FFD0D3D4' } } };

// Sheet names: at most 31 characters, none of : \ / ? * [ ], no apostrophe at either end, not "History".
const SHEET_NAME = /^(?!')[^:\\/?*[\]]{1,31}(?<!')$/;
/** True when Excel accepts `name` as a worksheet name. */
export function isValidSheetName(name: string): boolean {
  return SHEET_NAME.test(name) && name.toLowerCase() !== 'history';
}

// Table names: a letter or underscore first, then letters, digits, underscores and dots,
// at most 255 characters, and never something Excel could read as a cell (A1, R1C1, R, C).
const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_.]{0,254}$/;
const CELL_LIKE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;
/** True when Excel accepts `name` as a table name. */
export function isValidTableName(name: string): boolean {
  return TABLE_NAME.test(name) && !CELL_LIKE.test(name);
}

// Neither Excel nor LibreOffice grows a row to fit wrapped text when it opens a file, so
// each row's height is estimated from its longest cell. A column width counts characters
// of the default font; Arial 10 fits about 1.4 of them per unit (bold headers about 1.2),
// less a margin for words that do not break where the line ends.
const BODY_CHAR_WIDTH = 1.25;
const HEADER_CHAR_WIDTH = 1.05;
const LINE_POINTS = 12.75;
const MAX_ROW_POINTS = 409;

/** Lines `text` takes in a wrapped cell `width` units wide. */
export function linesFor(text: string, width: number, charsPerUnit = BODY_CHAR_WIDTH): number {
  const perLine = Math.max(1, Math.floor(width * charsPerUnit) - 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) lines += Math.max(1, Math.ceil(paragraph.length / perLine));
  return lines;
}

/** A row height in points that shows every line of the row's tallest cell, within Excel's limit. */
export function rowHeight(values: readonly CellValue[], widths: readonly number[], charsPerUnit = BODY_CHAR_WIDTH): number {
  let lines = 1;
  values.forEach((value, i) => {
    if (typeof value === 'string') lines = Math.max(lines, linesFor(value, widths[i] ?? 10, charsPerUnit));
  });
  return Math.min(MAX_ROW_POINTS, Math.ceil(lines * LINE_POINTS + 3));
}

/** Column letters for a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The 1-based column of the column headed `header`; a typo fails loudly rather than decorating column 0. */
export function columnNumber(sheet: Pick<DataSheet, 'name' | 'columns'>, header: string): number {
  const index = sheet.columns.findIndex((c) => c.header === header);
  if (index < 0) throw new Error(`The ${sheet.name} sheet has no column headed "${header}".`);
  return index + 1;
}

/** Landscape A4, one page wide, margins narrow enough for wide tables, the marking on every page. */
export function setUpPrinting(worksheet: Worksheet, marking: ProtectiveMarking, repeatHeader: boolean): void {
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.25, footer: 0.25 },
    ...(repeatHeader && { printTitlesRow: '1:1' }),
  };
  worksheet.headerFooter = {
    ...worksheet.headerFooter,
    oddHeader: `&C&"Arial,Bold"&10${marking}`,
    oddFooter: `&L&"Arial,Regular"&8${marking}&C&"Arial,Regular"&8Page &P of &N&R&"Arial,Regular"&8&A`,
  };
}

/** Adds a sheet holding `sheet` as one Excel table starting at A1, and returns it for extras. */
export function addDataSheet(workbook: Workbook, sheet: DataSheet, marking: ProtectiveMarking): Worksheet {
  if (!isValidSheetName(sheet.name)) throw new Error(`Not a valid sheet name: ${sheet.name}`);
  if (!isValidTableName(sheet.table)) throw new Error(`Not a valid table name: ${sheet.table}`);
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  // Column styles first, so rows a partnership adds later inherit them.
  const styles = sheet.columns.map((column): Partial<Style> => {
    const kind = column.kind ?? 'text';
    return {
      font: BODY_FONT,
      alignment: { vertical: 'top', horizontal: kind === 'text' ? 'left' : 'center', wrapText: true },
      ...(kind === 'date' && { numFmt: DATE_FORMAT }),
    };
  });
  sheet.columns.forEach((column, i) => {
    const col = worksheet.getColumn(i + 1);
    col.width = column.width;
    col.style = styles[i]!;
  });
  // Excel wants at least one data row in a table; it adds an empty one itself, so do we.
  const rows = sheet.rows.length > 0 ? sheet.rows.map((row) => row.map(safeCell)) : [sheet.columns.map(() => null)];
  worksheet.addTable({
    name: sheet.table,
    displayName: sheet.table,
    ref: 'A1',
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: sheet.columns.map((column) => ({ name: column.header, filterButton: true })),
    rows,
  } as Parameters<Worksheet['addTable']>[0]);
  const header = worksheet.getRow(1);
  for (let c = 1; c <= sheet.columns.length; c += 1) header.getCell(c).style = HEADER_STYLE;
  const widths = sheet.columns.map((c) => c.width);
  header.height = rowHeight(sheet.columns.map((c) => c.header), widths, HEADER_CHAR_WIDTH);
  // Each body cell gets its column's style plus a hairline under the row (LibreOffice and
  // print ignore the table's banding). One style object per column, shared by every cell:
  // exceljs remembers a style's id by object identity, so a shared object costs a lookup
  // where a fresh one per cell costs writing out and comparing its XML. Shared objects must
  // never be changed through a cell (cell.font = …), which would change the whole column.
  const bodyStyles = styles.map((style) => ({ ...style, border: ROW_RULE }));
  rows.forEach((values, i) => {
    const row = worksheet.getRow(i + 2);
    row.height = rowHeight(values, widths, BODY_CHAR_WIDTH);
    for (let c = 1; c <= widths.length; c += 1) row.getCell(c).style = bodyStyles[c - 1]!;
  });
  sheet.indent?.forEach((level, i) => {
    if (level <= 0) return;
    const cell = worksheet.getCell(i + 2, 1);
    cell.style = { ...cell.style, alignment: { horizontal: 'left', vertical: 'top', wrapText: true, indent: level * 2 } };
  });
  setUpPrinting(worksheet, marking, true);
  return worksheet;
}
