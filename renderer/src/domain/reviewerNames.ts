/**
 * The review team is named only in the Word report's own section, never in the workbook.
 * Reviewers sometimes type a colleague's name into a title or an action update, so each
 * reviewer's full name is replaced wherever it appears in exported text. Only names of
 * two words or more are matched: a one-word name such as "Will" or "May" is too often an
 * ordinary word to replace safely.
 */

export const NAME_REMOVED = '[review team]';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A function that replaces the given full names (case-insensitively, as whole words) in text. */
export function nameRedactor(names: readonly string[]): (text: string) => string {
  const patterns = [...new Set(names.map((n) => n.trim().split(/\s+/)).filter((words) => words.length >= 2)
    .map((words) => words.map(escapeRegExp).join('\\s+')))]
    // Longest first, so "Sam Lee Patel" is replaced whole before "Sam Lee".
    .sort((a, b) => b.length - a.length);
  if (patterns.length === 0) return (text) => text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => text.replace(pattern, NAME_REMOVED);
}
