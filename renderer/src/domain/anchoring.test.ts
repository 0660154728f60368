import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reanchor, reanchorAll } from './anchoring.ts';
import { parseReviewFile, parseReviewFileText } from './reviewFile.ts';

const sample = parseReviewFileText(readFileSync(new URL('../../../templates/samples/sallowmere.review.json', import.meta.url)));

const NOTES = 'Schools said exclusions rise in Year 9.\nPolice share MACE minutes late.';
/** A passage of `notes` given by its text (first occurrence). */
const passage = (notes: string, text: string, from = 0) => {
  const start = notes.indexOf(text, from);
  return { start, end: start + text.length, text };
};

describe('reanchor', () => {
  it('is exact when the notes are unchanged or edited only after the passage', () => {
    const p = passage(NOTES, 'exclusions rise');
    expect(reanchor(p, NOTES)).toEqual({ status: 'exact', start: p.start, end: p.end, text: 'exclusions rise' });
    expect(reanchor(p, `${NOTES} Added later.`).status).toBe('exact');
  });

  it('moves with text inserted or deleted before it', () => {
    const p = passage(NOTES, 'MACE minutes');
    expect(reanchor(p, `Summary first.\n${NOTES}`)).toEqual({ status: 'moved', start: p.start + 15, end: p.end + 15, text: 'MACE minutes' });
    expect(reanchor(p, NOTES.slice(40)).start).toBe(p.start - 40);
  });

  it('handles passages at the very start and the very end', () => {
    const first = passage(NOTES, 'Schools');
    const last = passage(NOTES, 'late.');
    expect(reanchor(first, `${NOTES}!`).status).toBe('exact');
    expect(reanchor(last, `Note: ${NOTES}`)).toMatchObject({ status: 'moved', start: last.start + 6, end: NOTES.length + 6 });
    expect(reanchor(first, NOTES.slice(0, 7))).toEqual({ status: 'exact', start: 0, end: 7, text: 'Schools' });
  });

  it('with several occurrences, picks the one nearest the old start (the earlier on a tie)', () => {
    const notes = 'MACE. Police at MACE. MACE again.';
    const second = passage(notes, 'MACE', 5);
    expect(reanchor(second, `XX${notes}`).start).toBe(second.start + 2);
    expect(reanchor(second, notes.replace('Police at MACE', 'Police at ----')).start).toBe(22);
    expect(reanchor({ start: 6, end: 8, text: 'ab' }, 'ab--------ab')).toMatchObject({ status: 'moved', start: 10 });
    expect(reanchor({ start: 5, end: 7, text: 'ab' }, 'ab--------ab')).toMatchObject({ status: 'moved', start: 0 });
    expect(reanchor({ start: 5, end: 7, text: 'ab' }, 'xxxab_ab')).toMatchObject({ status: 'moved', start: 6 });
  });

  it('with the old notes, follows the edit instead of guessing by distance', () => {
    const notes = 'ab ab';
    const second = { start: 3, end: 5, text: 'ab' };
    const edited = `xyz${notes}`;
    expect(reanchor(second, edited).start).toBe(3); // the first "ab" now sits at the old offsets
    expect(reanchor(second, edited, notes)).toEqual({ status: 'moved', start: 6, end: 8, text: 'ab' });
  });

  it('counts offsets in UTF-16 code units, so emoji shift by two', () => {
    const notes = '🙂 Police share 👍🏽 minutes';
    const p = passage(notes, 'share 👍🏽');
    expect(p.start).toBe(10);
    expect(reanchor(p, `🚌${notes}`)).toEqual({ status: 'moved', start: 12, end: 12 + p.text.length, text: 'share 👍🏽' });
    expect(reanchor(p, notes.replace('🙂', ''))).toMatchObject({ status: 'moved', start: 8 });
  });

  it('treats CRLF and LF as the same line break, taking the notes’ own spelling', () => {
    const p = passage(NOTES, 'Year 9.\nPolice');
    const crlf = NOTES.replace('\n', '\r\n');
    expect(reanchor(p, crlf)).toEqual({ status: 'moved', start: p.start, end: p.end + 1, text: 'Year 9.\r\nPolice' });
    const stored = { start: p.start, end: p.end + 1, text: 'Year 9.\r\nPolice' };
    expect(reanchor(stored, `Intro\n${NOTES}`)).toEqual({ status: 'moved', start: p.start + 6, end: p.end + 6, text: 'Year 9.\nPolice' });
    const later = passage(NOTES, 'late.');
    expect(reanchor(later, crlf)).toMatchObject({ status: 'moved', start: later.start + 1 });
  });

  it('never drops a lost passage: old offsets clamped into the notes, stored text kept', () => {
    const p = passage(NOTES, 'MACE minutes');
    expect(reanchor(p, NOTES.replace('MACE', 'panel'))).toEqual({ status: 'lost', start: p.start, end: p.end, text: 'MACE minutes' });
    expect(reanchor(p, 'Short.')).toEqual({ status: 'lost', start: 5, end: 6, text: 'MACE minutes' });
    expect(reanchor(p, '')).toEqual({ status: 'lost', start: 0, end: 0, text: 'MACE minutes' });
    expect(reanchor({ start: 0, end: 3, text: '' }, NOTES).status).toBe('lost');
  });
});

describe('reanchorAll', () => {
  it('keeps every excerpt of the engagement, in order, and the sample still validates', () => {
    const engagement = sample.engagements.find((e) => sample.excerpts.filter((x) => x.engagementId === e.id).length >= 3)!;
    const excerpts = sample.excerpts.filter((x) => x.engagementId === engagement.id);
    const notes = `Reviewer’s summary added after the session.\n\n${engagement.notes.replace(excerpts[0]!.text, '[removed]')}`;
    const out = reanchorAll(excerpts, notes, engagement.notes);
    expect(out.map((a) => a.id)).toEqual(excerpts.map((x) => x.id));
    expect(out.map((a) => a.status)).toEqual(['lost', ...excerpts.slice(1).map(() => 'moved')]);
    const moved = out.map((a, i) => ({ ...excerpts[i]!, start: a.start, end: a.end }));
    const file = { ...sample, engagements: sample.engagements.map((e) => (e.id === engagement.id ? { ...e, notes } : e)),
      excerpts: sample.excerpts.map((x) => moved.find((m) => m.id === x.id) ?? x) };
    expect(() => parseReviewFile(file)).not.toThrow();
  });
});

describe('reanchoring properties', () => {
  const text = fc.string({ unit: 'grapheme', maxLength: 40 });
  // Notes with a passage [start, end) and an edit point or range outside it.
  const notesWithPassage = fc.tuple(text, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), text)
    .filter(([, mid]) => mid.length > 0)
    .map(([before, mid, after]) => ({ notes: before + mid + after, start: before.length, end: before.length + mid.length }));

  it('inserting text that does not overlap a passage leaves it exact or moved, with the right text', () => {
    fc.assert(fc.property(notesWithPassage, text, fc.boolean(), fc.nat(), ({ notes, start, end }, inserted, beforeIt, r) => {
      const at = beforeIt ? r % (start + 1) : end + (r % (notes.length - end + 1));
      const edited = notes.slice(0, at) + inserted + notes.slice(at);
      const got = reanchor({ start, end, text: notes.slice(start, end) }, edited);
      expect(['exact', 'moved']).toContain(got.status);
      expect(edited.slice(got.start, got.end)).toBe(notes.slice(start, end));
    }), { numRuns: 500 });
  });

  it('deleting text that does not overlap a passage leaves it exact or moved, with the right text', () => {
    fc.assert(fc.property(notesWithPassage, fc.boolean(), fc.nat(), fc.nat(), ({ notes, start, end }, beforeIt, r1, r2) => {
      const [lo, hi] = beforeIt ? [0, start] : [end, notes.length];
      const a = lo + (r1 % (hi - lo + 1));
      const b = a + (r2 % (hi - a + 1));
      const edited = notes.slice(0, a) + notes.slice(b);
      const got = reanchor({ start, end, text: notes.slice(start, end) }, edited);
      expect(['exact', 'moved']).toContain(got.status);
      expect(edited.slice(got.start, got.end)).toBe(notes.slice(start, end));
    }), { numRuns: 500 });
  });

  it('given the old notes and an unmistakable insertion, lands on the true position', () => {
    const marked = text.map((t) => `\u0001${t}\u0002`);
    fc.assert(fc.property(notesWithPassage.filter(({ notes }) => !notes.includes('\u0001') && !notes.includes('\u0002')), marked, fc.boolean(), fc.nat(), ({ notes, start, end }, inserted, beforeIt, r) => {
      const at = beforeIt ? r % (start + 1) : end + (r % (notes.length - end + 1));
      const edited = notes.slice(0, at) + inserted + notes.slice(at);
      const shift = at <= start ? inserted.length : 0;
      const got = reanchor({ start, end, text: notes.slice(start, end) }, edited, notes);
      expect([got.start, got.end]).toEqual([start + shift, end + shift]);
      expect(got.status).toBe(shift === 0 ? 'exact' : 'moved');
    }), { numRuns: 500 });
  });

  it('whatever the new notes, offsets stay within them and the passage is never dropped', () => {
    fc.assert(fc.property(notesWithPassage, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }), ({ notes, start, end }, edited) => {
      const got = reanchor({ start, end, text: notes.slice(start, end) }, edited);
      expect(0 <= got.start && got.start < got.end && got.end <= edited.length).toBe(true);
      if (got.status !== 'lost') expect(got.text).toBe(edited.slice(got.start, got.end));
    }), { numRuns: 500 });
  });
});
