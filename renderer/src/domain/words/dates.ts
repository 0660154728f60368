/**
 * Dates as reviewers read and type them: one display style everywhere ("3 March 2026"),
 * and the GOV.UK day/month/year input, whose parts are checked into a real YYYY-MM-DD
 * date with the GOV.UK wording for each problem. Written out by hand rather than with
 * Intl so the screens, Node and the export worker give the same words.
 */
import { isCalendarDate } from '../reviewFile.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-03-09` → `9 March 2026`, read as a calendar date (no time zone shift). A value that is not a date is returned as it is. */
export function longDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : date;
}

/** "14:05" (or "14:05:09" with seconds): the time of an instant on the reviewer's own clock. */
export function clockTime(instant: Date | number | string, withSeconds = false): string {
  const at = new Date(instant);
  return `${pad(at.getHours())}:${pad(at.getMinutes())}${withSeconds ? `:${pad(at.getSeconds())}` : ''}`;
}

/** "3 March 2026 at 14:05": an instant (such as when a review was last changed) on the reviewer's own clock. */
export function longDateTime(instant: Date | number | string): string {
  const at = new Date(instant);
  return `${longDate(`${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`)} at ${clockTime(at)}`;
}

/** The three boxes of a GOV.UK date input, as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

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
