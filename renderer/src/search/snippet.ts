/**
 * Highlights as data: which ranges of a plain string matched, found by re-tokenising the
 * string and keeping the words whose folded form the index matched. The UI wraps those
 * ranges in <mark>; the text itself is never markup.
 */
import { tokenise } from './terms.ts';

export interface TextRange {
  start: number;
  end: number;
}

/** A plain string with the ranges to mark, in order and not overlapping. */
export interface Highlighted {
  text: string;
  highlights: TextRange[];
}

/** Words either side of the first match in a snippet. */
export const SNIPPET_WORDS = { before: 8, after: 22 } as const;

/** Ranges of `text` whose words are among `matched` (folded terms). */
export function matchRanges(text: string, matched: ReadonlySet<string>): TextRange[] {
  return tokenise(text).filter((t) => matched.has(t.term)).map(({ start, end }) => ({ start, end }));
}

export function highlight(text: string, matched: ReadonlySet<string>): Highlighted {
  return { text, highlights: matchRanges(text, matched) };
}

/**
 * A short extract of `text` around `around` (the first match; the start when there is
 * none), cut at white space with an ellipsis where it was cut, and its highlights.
 */
export function snippet(text: string, matched: ReadonlySet<string>, around?: TextRange): Highlighted {
  const words = [...text.matchAll(/\S+/g)];
  if (words.length === 0) return { text: '', highlights: [] };
  const at = around ? Math.max(0, words.findIndex((w) => w.index + w[0].length > around.start)) : 0;
  const first = Math.max(0, at - SNIPPET_WORDS.before);
  const last = Math.min(words.length - 1, at + SNIPPET_WORDS.after);
  const from = words[first]!.index;
  const to = words[last]!.index + words[last]![0].length;
  const lead = first > 0 ? '… ' : '';
  const tail = last < words.length - 1 ? ' …' : '';
  const shown = `${lead}${text.slice(from, to).replace(/\s+/g, ' ')}${tail}`;
  return highlight(shown, matched);
}
