/**
 * Dates as the action plan shows and asks for them: "3 March 2026" on screen, and the
 * GOV.UK day/month/year input, whose parts are checked into a real YYYY-MM-DD date with
 * the GOV.UK wording for each problem.
 */
import { isCalendarDate } from '../../domain/reviewFile.ts';

/** The three boxes of a GOV.UK date input, as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/** "3 March 2026" from YYYY-MM-DD, read as a calendar date (no time zone shift). */
export function formatLongDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y!, m! - 1, d!).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** The boxes filled from a stored YYYY-MM-DD date (or empty). */
export function dateParts(date: string | undefined): DateParts {
  if (!date) return EMPTY_DATE;
  const [year = '', month = '', day = ''] = date.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** The result of reading a date input: a date, nothing (all boxes empty), or what is wrong. */
export type ParsedDate = { date: string | undefined; error?: undefined } | { date?: undefined; error: string };

/**
 * Reads the boxes. `name` starts each message ("Due date must include a month"). All
 * boxes empty gives `date: undefined`; the caller decides whether that is allowed.
 */
export function parseDateParts(parts: DateParts, name: string): ParsedDate {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return { date: undefined };
  const missing = [!day && 'a day', !month && 'a month', !year && 'a year'].filter(Boolean);
  if (missing.length > 0) return { error: `${name} must include ${missing.join(' and ')}` };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return { error: `${name} must be a real date` };
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDate(date) ? { date } : { error: `${name} must be a real date` };
}
