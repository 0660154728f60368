/**
 * Words for search: how text splits into terms and how a term is folded so that case
 * and accents do not matter ("Café" finds "cafe"). The index, the query and the
 * highlighting all use these two functions, so an offset found by re-tokenising a text
 * always lands on a word the index matched. No stemming: UK spelling stays as typed.
 */

/** A term: a run of characters that are neither white space nor punctuation. */
const WORD = /[^\s\p{Z}\p{P}]+/gu;
const MARKS = /\p{M}+/gu;

export interface Token {
  /** The folded term, as the index holds it. */
  term: string;
  start: number;
  end: number;
}

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/** Folds a term: compatibility decomposition, accents dropped, lower case. */
export function foldTerm(term: string): string {
  // Plain ASCII is by far the common case and needs no decomposition.
  if (ASCII.test(term)) return term.toLowerCase();
  return term.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/**
 * The folded terms of a text, in order, for the index and for queries. Folding an
 * ASCII text whole gives the same terms as folding word by word, and is much faster.
 */
export function foldedTerms(text: string): string[] {
  if (ASCII.test(text)) return text.toLowerCase().match(WORD) ?? [];
  return (text.match(WORD) ?? []).map(foldTerm).filter(Boolean);
}

/** The folded terms of a text with their offsets in it. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ term: foldTerm(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
