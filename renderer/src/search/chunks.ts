/**
 * Splits long notes into chunks of about a hundred words, so a search result points
 * near its match and a match's score is not diluted by a whole interview. A chunk ends
 * at a line break once it has a few dozen words, otherwise at the end of a sentence
 * once it has a hundred, and never runs past a hundred and fifty.
 */

export interface Chunk {
  /** Offset of the chunk's first character in the notes. */
  start: number;
  /** Offset just past its last character. */
  end: number;
}

export const CHUNK_WORDS = { atLineBreak: 40, atSentence: 100, max: 150 } as const;

// A word with the white space before it, so a line break between words is seen cheaply.
const WORD = /(\s*)(\S+)/g;
const SENTENCE_END = /[.!?…]["'”’)]*$/;

export function chunkNotes(notes: string): Chunk[] {
  const chunks: Chunk[] = [];
  let start = -1;
  let end = 0;
  let words = 0;
  const close = () => {
    if (start >= 0) chunks.push({ start, end });
    start = -1;
    words = 0;
  };
  for (const match of notes.matchAll(WORD)) {
    const [, space = '', word = ''] = match;
    const index = match.index + space.length;
    if (start >= 0 && words >= CHUNK_WORDS.atLineBreak && space.includes('\n')) close();
    if (start < 0) start = index;
    end = index + word.length;
    words += 1;
    if (words >= CHUNK_WORDS.max || (words >= CHUNK_WORDS.atSentence && SENTENCE_END.test(word))) close();
  }
  close();
  return chunks;
}
