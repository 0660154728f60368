import { describe, expect, it } from 'vitest';
import { cellText, looksLikeFormula, MAX_CELL_LENGTH, safeCell } from './cellText.ts';

describe('cellText', () => {
  it.each(['=SUM(A1:A2)', '+44 20 7946 0000', '-5% on last year', '@mention', '\t=1+1', '\r=1+1', '＝1+1'])(
    'puts an apostrophe before %j, which could start a formula',
    (text) => {
      expect(looksLikeFormula(text)).toBe(true);
      expect(cellText(text)).toBe(`'${text}`);
    },
  );

  it.each(['Plain words', ' =1 with a space first', 'a=b', '', '5 schools', '’quoted’', '\n=1'])('leaves %j as it is', (text) => {
    expect(looksLikeFormula(text)).toBe(false);
    expect(cellText(text)).toBe(text);
  });

  it('cuts text longer than a cell holds and says so, without splitting a character', () => {
    const long = `${'a'.repeat(MAX_CELL_LENGTH - 80)}😀${'b'.repeat(200)}`;
    const out = cellText(long);
    expect(out.length).toBeLessThanOrEqual(MAX_CELL_LENGTH);
    expect(out).toMatch(/shortened: a spreadsheet cell holds at most 32,767 characters\]$/);
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('keeps numbers, dates and empty cells as they are', () => {
    const date = new Date('2026-03-03T00:00:00Z');
    expect(safeCell(-5)).toBe(-5);
    expect(safeCell(date)).toBe(date);
    expect(safeCell(null)).toBeNull();
    expect(safeCell('-5')).toBe("'-5");
  });
});
