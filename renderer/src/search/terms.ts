/**
 * Words for search: how text splits into terms, how a term is folded so that case and
 * accents do not matter ("Café" finds "cafe"), and which terms are worth indexing. The
 * index, the query and the highlighting all use these functions, so an offset found by
 * re-tokenising a text always lands on a word the index matched. No stemming: UK
 * spelling stays as typed.
 */

/**
 * A term: a run of characters that are neither white space nor punctuation, with "&"
 * kept between letters so that "A&E" stays one term.
 */
const WORD = /[^\s\p{Z}\p{P}]+(?:&[^\s\p{Z}\p{P}]+)*/gu;
const MARKS = /\p{M}+/gu;
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Words so common that they match nearly every note and find nothing useful; leaving
 * them out makes the index smaller and quicker to build and to search. Kept short on
 * purpose: nothing a reviewer might look for ("may", "who", "us").
 */
const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'from', 'had', 'has', 'have', 'he', 'her', 'his',
  'i', 'in', 'is', 'it', 'its', 'of', 'on', 'or', 'our', 'she', 'that', 'the', 'their', 'them', 'they', 'this',
  'to', 'was', 'we', 'were', 'with', 'you', 'your',
]);

export interface Token {
  /** The folded term. */
  term: string;
  start: number;
  end: number;
}

/** Folds a term: compatibility decomposition, accents dropped, lower case. */
export function foldTerm(term: string): string {
  // Plain ASCII is by far the common case and needs no decomposition.
  if (ASCII.test(term)) return term.toLowerCase();
  return term.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/**
 * Whether a folded term is indexed: not a stop word, and not a lone letter (the "s" of
 * "children’s", the "t" of "don’t"); lone digits stay, for "Year 7".
 */
export function isIndexed(term: string): boolean {
  return term !== '' && !STOP_WORDS.has(term) && !/^[a-z]$/.test(term);
}

/**
 * The indexed terms of a text, in order, folded. Folding an ASCII text whole gives the
 * same terms as folding word by word, and is much faster.
 */
export function foldedTerms(text: string): string[] {
  const terms = ASCII.test(text) ? text.toLowerCase().match(WORD) ?? [] : (text.match(WORD) ?? []).map(foldTerm);
  return terms.filter(isIndexed);
}

/**
 * The terms of a query. A query of one common word being typed ("the", on the way to
 * "theme") keeps it, to be matched as a prefix; otherwise as foldedTerms.
 */
export function queryTerms(query: string): string[] {
  const terms = foldedTerms(query);
  if (terms.length > 0) return terms;
  const all = (query.match(WORD) ?? []).map(foldTerm);
  return all.length === 1 && all[0]!.length >= 3 ? all : [];
}

/** Every term of a text, folded, with its offsets in the original text. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ term: foldTerm(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
