import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chunkNotes, CHUNK_WORDS } from './chunks.ts';
import { snippet } from './snippet.ts';
import { foldedTerms, foldTerm, isIndexed, queryTerms, tokenise } from './terms.ts';

describe('terms', () => {
  it('folds case, accents and compatibility forms', () => {
    expect(foldTerm('Café')).toBe('cafe');
    expect(foldTerm('ZOË')).toBe('zoe');
    expect(foldTerm('ﬁnding')).toBe('finding');
    expect(foldTerm('Organise')).toBe('organise');
  });

  it('splits on white space and punctuation, keeping offsets into the original text', () => {
    const text = 'Children’s social-care: “A&E” 12–14 👍🏽 café.';
    const tokens = tokenise(text);
    expect(tokens.map((t) => t.term)).toEqual(['children', 's', 'social', 'care', 'a&e', '12', '14', '👍🏽', 'cafe']);
    for (const t of tokens) expect(foldTerm(text.slice(t.start, t.end))).toBe(t.term);
  });

  it('leaves out common words and lone letters, but not lone digits', () => {
    expect(foldedTerms('The head of Year 7 said it’s a matter for the A&E team.')).toEqual(['head', 'year', '7', 'said', 'matter', 'a&e', 'team']);
  });

  it('keeps a lone common word in a query, to match as a prefix while it is typed', () => {
    expect(queryTerms('the')).toEqual(['the']);
    expect(queryTerms('The theme')).toEqual(['theme']);
    expect(queryTerms('county l')).toEqual(['county']);
    expect(queryTerms('a')).toEqual([]);
    expect(queryTerms(' … ')).toEqual([]);
  });

  it('gives the index the same terms as word-by-word folding, for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme-composite' }), (text) => {
      expect(foldedTerms(text)).toEqual(tokenise(text).map((t) => t.term).filter(isIndexed));
    }));
  });
});

describe('chunkNotes', () => {
  const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');

  it('keeps short notes whole and gives nothing for blank notes', () => {
    expect(chunkNotes('  Just a few words.  ')).toEqual([{ start: 2, end: 19 }]);
    expect(chunkNotes(' \n ')).toEqual([]);
  });

  it('breaks at a line once a chunk has a few dozen words', () => {
    const notes = `${words(50)}\n${words(10)}`;
    const chunks = chunkNotes(notes);
    expect(chunks).toHaveLength(2);
    expect(notes.slice(chunks[1]!.start, chunks[1]!.end)).toBe(words(10));
  });

  it('covers every word exactly once and never runs past the maximum', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'bb.', 'c\n', 'd!', '  ', '\n\n', 'e'), { maxLength: 600 }), (parts) => {
      const notes = parts.join(' ');
      const chunks = chunkNotes(notes);
      const inChunks = chunks.flatMap((c) => notes.slice(c.start, c.end).split(/\s+/).filter(Boolean));
      expect(inChunks).toEqual(notes.split(/\s+/).filter(Boolean));
      for (const c of chunks) expect(notes.slice(c.start, c.end).split(/\s+/).length).toBeLessThanOrEqual(CHUNK_WORDS.max);
      chunks.slice(1).forEach((c, i) => expect(c.start).toBeGreaterThan(chunks[i]!.end));
    }));
  });
});

describe('snippet', () => {
  it('cuts a long text around the match, with ellipses, and marks the matched words', () => {
    const text = `${'before '.repeat(30)}the Kestrel Court estate ${'after '.repeat(40)}`;
    const start = text.indexOf('Kestrel');
    const result = snippet(text, new Set(['kestrel']), { start, end: start + 7 });
    expect(result.text.startsWith('… before')).toBe(true);
    expect(result.text.endsWith('after …')).toBe(true);
    expect(result.highlights).toHaveLength(1);
    const [mark] = result.highlights;
    expect(result.text.slice(mark!.start, mark!.end)).toBe('Kestrel');
  });

  it('shows the start of the text when nothing in it matched', () => {
    expect(snippet('Short detail.', new Set(['other']))).toEqual({ text: 'Short detail.', highlights: [] });
  });
});
