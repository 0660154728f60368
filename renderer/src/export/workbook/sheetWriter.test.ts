import { describe, expect, it } from 'vitest';
import { columnLetter, columnNumber, isValidSheetName, isValidTableName, linesFor, rowHeight } from './sheetWriter.ts';

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
