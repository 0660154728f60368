/** Dates and times as reviewers read them (UK style). */

/** "3 Mar 2026" from YYYY-MM-DD, read as a calendar date (no time zone shift). */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y!, m! - 1, d!).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

/** "14:05" in the reviewer's own time zone. */
export function formatTime(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

/** Words in notes, for the timetable's at-a-glance count. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
