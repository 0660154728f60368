/**
 * Plain-text formatting for the report: dates as "9 March 2026", counts with thousands
 * separators (both from domain/words), lists joined with "and", and user text made safe
 * for XML.
 */

// Dates and counts come from the app's one home for words, so the report says them as the screens do.
export { count, longDate, plural } from '../../domain/words/index.ts';

/** ["a"] → "a"; ["a", "b", "c"] → "a, b and c". */
export function listAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

// Characters XML 1.0 cannot hold (C0 controls other than tab and newlines, U+FFFE/U+FFFF
// and unpaired surrogates): one of them in user text would make Word refuse the file.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** User text as one line: characters XML cannot hold removed, runs of white space as one space. */
export function oneLine(text: string): string {
  return text.replace(NOT_XML, '').replace(/\s+/g, ' ').trim();
}

/** User text as paragraphs: split at line breaks, each paragraph one clean line, empty ones dropped. */
export function paragraphsOf(text: string): string[] {
  return text.replace(NOT_XML, '').split(/\r\n|\r|\n/).map(oneLine).filter((line) => line !== '');
}
