/** Coded passages must survive later edits of an engagement's notes, so this finds each passage again after an edit. */
import type { Excerpt } from './reviewFile.ts';

/** exact: offsets still point at the stored text; moved: found elsewhere; lost: no longer present. */
export type AnchorStatus = 'exact' | 'moved' | 'lost';

/**
 * Where a passage now sits. Offsets are UTF-16 code units, as in the review file. `text`
 * is the passage as the notes now read it (for a lost passage, the stored text, kept).
 */
export interface Anchor {
  status: AnchorStatus;
  start: number;
  end: number;
  text: string;
}

/** The part of an excerpt that anchoring reads. */
export type Anchored = Pick<Excerpt, 'start' | 'end' | 'text'>;

interface Edit {
  oldTailStart: number;
  delta: number;
}

interface LineFeedView {
  text: string;
  /** For each character of `text`, where it starts and ends in the original notes. */
  starts: number[];
  ends: number[];
}

interface Prepared {
  notes: string;
  edit: Edit | undefined;
  lineFeeds: LineFeedView | undefined;
}

/** The one changed region between two versions of the notes (common prefix and suffix). */
function editBetween(oldNotes: string, newNotes: string): Edit {
  const max = Math.min(oldNotes.length, newNotes.length);
  let prefix = 0;
  while (prefix < max && oldNotes.charCodeAt(prefix) === newNotes.charCodeAt(prefix)) prefix += 1;
  let suffix = 0;
  while (suffix < max - prefix && oldNotes.charCodeAt(oldNotes.length - 1 - suffix) === newNotes.charCodeAt(newNotes.length - 1 - suffix)) suffix += 1;
  return { oldTailStart: oldNotes.length - suffix, delta: newNotes.length - oldNotes.length };
}

/** The notes with each CRLF read as LF, mapped back to the original offsets. */
function lineFeedView(notes: string): LineFeedView {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < notes.length; i += 1) {
    starts.push(i);
    if (notes[i] === '\r' && notes[i + 1] === '\n') i += 1;
    ends.push(i + 1);
  }
  return { text: notes.replace(/\r\n/g, '\n'), starts, ends };
}

function prepare(notes: string, oldNotes: string | undefined): Prepared {
  return {
    notes,
    edit: oldNotes === undefined ? undefined : editBetween(oldNotes, notes),
    lineFeeds: notes.includes('\r') ? lineFeedView(notes) : undefined,
  };
}

/** The occurrence of `needle` whose start is nearest `around` (the earlier on a tie), or -1. */
function nearest(haystack: string, needle: string, around: number): number {
  const after = haystack.indexOf(needle, Math.max(0, around));
  const before = around < 0 ? -1 : haystack.lastIndexOf(needle, around);
  if (before === -1 || after === -1) return Math.max(before, after);
  return around - before <= after - around ? before : after;
}

function found(status: AnchorStatus, start: number, end: number, notes: string): Anchor {
  return { status, start, end, text: notes.slice(start, end) };
}

function anchorIn(excerpt: Anchored, p: Prepared): Anchor {
  const { notes } = p;
  const { start, end, text } = excerpt;
  if (text.length > 0) {
    // Where the passage should be: shifted by the edit when it lies wholly after it.
    const expected = p.edit && start >= p.edit.oldTailStart ? start + p.edit.delta : start;
    const at = notes.startsWith(text, expected) ? expected : nearest(notes, text, expected);
    if (at !== -1) return found(at === start ? 'exact' : 'moved', at, at + text.length, notes);
    const lf = p.lineFeeds ?? (text.includes('\r') ? lineFeedView(notes) : undefined);
    if (lf) {
      const needle = text.replace(/\r\n/g, '\n');
      const from = lf.starts.findIndex((s) => s >= expected);
      const hit = needle.length > 0 ? nearest(lf.text, needle, from === -1 ? lf.text.length : from) : -1;
      if (hit !== -1) return found('moved', lf.starts[hit]!, lf.ends[hit + needle.length - 1]!, notes);
    }
  }
  const clampedEnd = Math.min(Math.max(end, 1), notes.length);
  return { status: 'lost', start: Math.max(0, Math.min(start, clampedEnd - 1)), end: clampedEnd, text };
}

/**
 * Finds a passage again in edited notes. Exact when the old offsets still hold the stored
 * text; otherwise moved to the occurrence nearest where it should be (the old start, or,
 * when `oldNotes` is given, the old start shifted by the edit if the passage lay after it).
 * Line endings: if the text is not found as stored, CRLF and LF are treated as the same
 * line break and the passage is moved to the notes' own spelling (lone CRs are left alone).
 * Lost passages are never dropped: they keep their old offsets clamped into the notes
 * (0..0 only when the notes are empty) and their stored text. Empty stored text is lost.
 */
export function reanchor(excerpt: Anchored, newNotes: string, oldNotes?: string): Anchor {
  return anchorIn(excerpt, prepare(newNotes, oldNotes));
}

/** Re-anchors every excerpt of one engagement against its new notes, in the same order. */
export function reanchorAll<T extends Anchored & { id: string }>(excerpts: readonly T[], notes: string, oldNotes?: string): Array<Anchor & { id: string }> {
  const prepared = prepare(notes, oldNotes);
  return excerpts.map((excerpt) => ({ id: excerpt.id, ...anchorIn(excerpt, prepared) }));
}
