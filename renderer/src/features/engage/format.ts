/** The Engage stage's words: dates and times come from domain/words, so they read as everywhere else. */
import { clockTime, longDate } from '../../domain/words/index.ts';

/** "3 March 2026" from YYYY-MM-DD (the one date style; the name stays for its callers in analyse/). */
export const formatDate = longDate;

/** "14:05" in the reviewer's own time zone. */
export const formatTime = (epochMs: number): string => clockTime(epochMs);

/** Words in notes, for the timetable's at-a-glance count. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
