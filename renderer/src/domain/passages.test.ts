import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inNotesOrder, isLost, notesSegments, trimSelection } from './passages.ts';

describe('notesSegments', () => {
  it('is one plain segment without passages, and nothing for empty notes', () => {
    expect(notesSegments(10, [])).toEqual([{ start: 0, end: 10, passageIds: [] }]);
    expect(notesSegments(0, [])).toEqual([]);
  });

  it('splits plain and highlighted text, with overlapping passages sharing a segment', () => {
    const segments = notesSegments(20, [{ id: 'a', start: 2, end: 8 }, { id: 'b', start: 5, end: 12 }, { id: 'c', start: 15, end: 20 }]);
    expect(segments).toEqual([
      { start: 0, end: 2, passageIds: [] },
      { start: 2, end: 5, passageIds: ['a'] },
      { start: 5, end: 8, passageIds: ['a', 'b'] },
      { start: 8, end: 12, passageIds: ['b'] },
      { start: 12, end: 15, passageIds: [] },
      { start: 15, end: 20, passageIds: ['c'] },
    ]);
  });

  it('clips passages to the notes, ignores empty ones and merges identical neighbours', () => {
    expect(notesSegments(6, [{ id: 'a', start: 4, end: 40 }, { id: 'b', start: 3, end: 3 }])).toEqual([
      { start: 0, end: 4, passageIds: [] },
      { start: 4, end: 6, passageIds: ['a'] },
    ]);
    expect(notesSegments(6, [{ id: 'a', start: 0, end: 3 }, { id: 'a', start: 3, end: 6 }])).toEqual([{ start: 0, end: 6, passageIds: ['a'] }]);
  });

  it('always covers the notes exactly, in order, whatever the passages', () => {
    const passage = fc.record({ id: fc.constantFrom('a', 'b', 'c'), start: fc.integer({ min: -3, max: 40 }), end: fc.integer({ min: -3, max: 40 }) });
    fc.assert(fc.property(fc.integer({ min: 0, max: 30 }), fc.array(passage, { maxLength: 6 }), (length, passages) => {
      const segments = notesSegments(length, passages);
      let at = 0;
      for (const s of segments) {
        expect(s.start).toBe(at);
        expect(s.end).toBeGreaterThan(s.start);
        at = s.end;
      }
      expect(at).toBe(length);
    }));
  });
});

describe('trimSelection', () => {
  const notes = 'One.\n  Two words  \nThree';
  it('trims spaces and line breaks at both edges, in either direction', () => {
    expect(trimSelection(notes, 4, 19)).toEqual({ start: 7, end: 16 });
    expect(notes.slice(7, 16)).toBe('Two words');
    expect(trimSelection(notes, 19, 4)).toEqual({ start: 7, end: 16 });
  });
  it('is undefined for a blank or empty selection and clamps to the notes', () => {
    expect(trimSelection(notes, 4, 7)).toBeUndefined();
    expect(trimSelection(notes, 3, 3)).toBeUndefined();
    expect(trimSelection(notes, 18, 99)).toEqual({ start: 19, end: 24 });
  });
});

describe('isLost', () => {
  it('is false while the stored text is at its offsets, true otherwise', () => {
    const notes = 'Schools said exclusions rise.';
    expect(isLost(notes, { start: 0, end: 7, text: 'Schools' })).toBe(false);
    expect(isLost(notes, { start: 1, end: 8, text: 'Schools' })).toBe(true);
    expect(isLost('Rewritten', { start: 0, end: 9, text: 'Schools said' })).toBe(true);
    expect(isLost(notes, { start: 0, end: 0, text: '' })).toBe(true);
  });
});

describe('inNotesOrder', () => {
  it('sorts by start, the longer passage first, then creation order', () => {
    const sorted = inNotesOrder([
      { id: 'late', start: 9, end: 10, seq: 0 },
      { id: 'short', start: 2, end: 4, seq: 1 },
      { id: 'long', start: 2, end: 8, seq: 3 },
      { id: 'short-again', start: 2, end: 4, seq: 0 },
    ]);
    expect(sorted.map((p) => p.id)).toEqual(['long', 'short-again', 'short', 'late']);
  });
});
