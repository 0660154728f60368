/**
 * How long a review is kept. Each review has a retention date, after which it should be
 * deleted permanently: the reviewer's own, or by default twelve months after the review's
 * end date. A review with neither has no retention date yet.
 */
import type { Review } from './reviewFile.ts';

/** Months a review is kept after its end date unless the reviewer sets another date. */
export const DEFAULT_RETENTION_MONTHS = 12;

/** YYYY-MM-DD plus whole months; a day past the new month's end falls back to its last day (29 Feb → 28 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const monthIndex = m! - 1 + months;
  const year = y! + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month + 1)}-${pad(Math.min(d!, lastDay))}`;
}

/** The default retention date: twelve months after the end date, or undefined without one. */
export function defaultRetentionDate(endDate: string | undefined): string | undefined {
  return endDate ? addMonths(endDate, DEFAULT_RETENTION_MONTHS) : undefined;
}

/** The review's retention date: its own, else the default; undefined when neither is known. */
export function retentionDateOf(review: Pick<Review, 'retentionDate' | 'endDate'>): string | undefined {
  return review.retentionDate ?? defaultRetentionDate(review.endDate);
}

/** True once `today` (YYYY-MM-DD) is after the review's retention date. */
export function isPastRetention(review: Pick<Review, 'retentionDate' | 'endDate'>, today: string): boolean {
  const date = retentionDateOf(review);
  return date !== undefined && today > date;
}
