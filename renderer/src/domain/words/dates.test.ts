import { describe, expect, it } from 'vitest';
import { clockTime, dateParts, longDate, longDateTime, parseDateParts } from './dates.ts';

describe('dates in words', () => {
  it('shows dates the UK way with the month in full', () => {
    expect(longDate('2026-03-03')).toBe('3 March 2026');
    expect(longDate('2025-12-31')).toBe('31 December 2025');
    expect(longDate('not a date')).toBe('not a date');
  });

  it('shows instants on the reviewer’s own clock in the same style', () => {
    const instant = new Date(2026, 2, 9, 7, 5);
    expect(clockTime(instant)).toBe('07:05');
    expect(clockTime(new Date(2026, 2, 9, 14, 5, 9), true)).toBe('14:05:09');
    expect(longDateTime(instant.getTime())).toBe('9 March 2026 at 07:05');
  });

  it('fills the boxes from a stored date and back again', () => {
    expect(dateParts('2026-03-03')).toEqual({ day: '3', month: '3', year: '2026' });
    expect(dateParts(undefined)).toEqual({ day: '', month: '', year: '' });
    expect(parseDateParts(dateParts('2026-11-09'), 'Due date')).toEqual({ date: '2026-11-09' });
  });

  it('reads real dates, with spaces and leading zeros forgiven', () => {
    expect(parseDateParts({ day: ' 03', month: '3 ', year: '2026' }, 'Due date')).toEqual({ date: '2026-03-03' });
    expect(parseDateParts({ day: '29', month: '2', year: '2028' }, 'Due date')).toEqual({ date: '2028-02-29' });
    expect(parseDateParts({ day: '', month: '', year: ' ' }, 'Due date')).toEqual({ date: undefined });
  });

  it('says what is missing or not real, in GOV.UK words', () => {
    expect(parseDateParts({ day: '3', month: '', year: '2026' }, 'Due date').error).toBe('Due date must include a month');
    expect(parseDateParts({ day: '', month: '', year: '2026' }, 'Due date').error).toBe('Due date must include a day and a month');
    expect(parseDateParts({ day: '31', month: '2', year: '2026' }, 'Due date').error).toBe('Due date must be a real date');
    expect(parseDateParts({ day: '29', month: '2', year: '2026' }, 'Date of the update').error).toBe('Date of the update must be a real date');
    expect(parseDateParts({ day: '3', month: 'March', year: '2026' }, 'Due date').error).toBe('Due date must be a real date');
    expect(parseDateParts({ day: '3', month: '13', year: '26' }, 'Due date').error).toBe('Due date must be a real date');
    expect(parseDateParts({ day: '30', month: '2', year: '2028' }, 'Start date').error).toBe('Start date must be a real date');
    expect(parseDateParts({ day: '0', month: '1', year: '2026' }, 'Start date').error).toBe('Start date must be a real date');
  });
});
