import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addDataSheet, columnLetter, columnNumber, DATE_FORMAT, isValidSheetName, isValidTableName, linesFor, rowHeight, type DataSheet } from './sheetWriter.ts';

describe('sheet and table names', () => {
  it.each(['Summary', 'Action plan', 'Passages by theme', 'a'.repeat(31)])('accepts the sheet name %j', (name) => {
    expect(isValidSheetName(name)).toBe(true);
  });
  it.each(['', 'a'.repeat(32), 'A/B', 'Q?', '[x]', "'quoted'", 'History', 'history'])('refuses the sheet name %j', (name) => {
    expect(isValidSheetName(name)).toBe(false);
  });
  it.each(['tblFindings', '_t', 'tbl.Action_plan'])('accepts the table name %j', (name) => {
    expect(isValidTableName(name)).toBe(true);
  });
  it.each(['', 'Action plan', '1st', 'A1', 'XFD100', 'R1C1', 'r', 'C', 'tbl-x'])('refuses the table name %j', (name) => {
    expect(isValidTableName(name)).toBe(false);
  });
});

describe('columnLetter', () => {
  it.each([[1, 'A'], [6, 'F'], [26, 'Z'], [27, 'AA'], [52, 'AZ'], [703, 'AAA'], [16384, 'XFD']] as const)('column %i is %s', (n, letter) => {
    expect(columnLetter(n)).toBe(letter);
  });
});

describe('columnNumber', () => {
  const sheet = { name: 'Action plan', columns: [{ header: 'Action', width: 10 }, { header: 'Status', width: 10 }] };
  it('finds a column by its header, counting from 1', () => {
    expect(columnNumber(sheet, 'Status')).toBe(2);
  });
  it('fails loudly for a header the sheet does not have', () => {
    expect(() => columnNumber(sheet, 'Staus')).toThrow('The Action plan sheet has no column headed "Staus".');
  });
});

describe('row heights', () => {
  it('counts a line per paragraph and wraps long ones', () => {
    expect(linesFor('short', 20)).toBe(1);
    expect(linesFor('one\ntwo\nthree', 20)).toBe(3);
    expect(linesFor('x'.repeat(100), 10)).toBeGreaterThan(5);
  });
  it('fits the tallest text cell, ignores numbers and stays within Excel’s limit', () => {
    expect(rowHeight([1, 'a', null], [10, 10, 10])).toBe(rowHeight(['a'], [10]));
    expect(rowHeight(['a\nb\nc'], [10])).toBeGreaterThan(rowHeight(['a'], [10]));
    expect(rowHeight(['x\n'.repeat(1000)], [10])).toBe(409);
  });
});

describe('addDataSheet', () => {
  const sheet: DataSheet = {
    name: 'Themes',
    table: 'Themes',
    columns: [{ header: 'Theme', width: 30 }, { header: 'Count', width: 8, kind: 'number' }, { header: 'Due', width: 12, kind: 'date' }],
    rows: [['Education', 3, new Date(Date.UTC(2026, 0, 5))], ['Exclusions', 1, null], ['=SUM(A1)', 2, null]],
    indent: [0, 1, 0],
  };

  it('styles every body cell from its column, with a rule under the row, and indents only the rows asked for', () => {
    const worksheet = addDataSheet(new ExcelJS.Workbook(), sheet, 'OFFICIAL-SENSITIVE');
    for (let r = 2; r <= 4; r += 1) {
      for (let c = 1; c <= 3; c += 1) expect(worksheet.getCell(r, c).border?.bottom?.style).toBe('thin');
      expect(worksheet.getCell(r, 2).alignment?.horizontal).toBe('center');
      expect(worksheet.getCell(r, 3).numFmt).toBe(DATE_FORMAT);
    }
    // Cells share one style object per column, so indenting one must not indent the rest.
    expect(worksheet.getCell(3, 1).alignment?.indent).toBe(2);
    expect(worksheet.getCell(2, 1).alignment?.indent).toBeUndefined();
    expect(worksheet.getCell(4, 1).alignment?.indent).toBeUndefined();
    expect(worksheet.getCell(4, 1).value).toBe("'=SUM(A1)");
    expect(worksheet.getCell(1, 1).font?.bold).toBe(true);
  });
});
