/**
 * Rules for coded passages shown in their notes: which parts of the notes to highlight,
 * what a selection becomes once trimmed, and which passages can no longer be found.
 * Offsets are UTF-16 indices into the notes exactly as stored (`start` inclusive, `end`
 * exclusive), as in the review file.
 */
import type { Excerpt } from './reviewFile.ts';

/** A stretch of the notes and the passages that cover it (none for plain text). */
export interface NotesSegment {
  start: number;
  end: number;
  passageIds: string[];
}

export type Placed = Pick<Excerpt, 'id' | 'start' | 'end'>;

/**
 * True when the passage's stored text is no longer at its offsets: the notes were edited
 * so it could not be found again (saveNotes keeps such a passage, clamped, as evidence).
 */
export function isLost(notes: string, passage: Pick<Excerpt, 'start' | 'end' | 'text'>): boolean {
  return passage.text.length === 0 || notes.slice(passage.start, passage.end) !== passage.text;
}

/**
 * Splits notes of `length` characters into consecutive segments, each plain or covered by
 * one or more passages (overlapping passages share a segment). Passages are clipped to
 * the notes; empty ones are ignored. The segments cover 0..length exactly, in order.
 */
export function notesSegments(length: number, passages: readonly Placed[]): NotesSegment[] {
  const inside = passages
    .map((p) => ({ id: p.id, start: Math.max(0, p.start), end: Math.min(length, p.end) }))
    .filter((p) => p.start < p.end);
  const edges = [...new Set([0, length, ...inside.flatMap((p) => [p.start, p.end])])].sort((a, b) => a - b);
  const segments: NotesSegment[] = [];
  for (let i = 0; i + 1 < edges.length; i += 1) {
    const start = edges[i]!;
    const end = edges[i + 1]!;
    const passageIds = inside.filter((p) => p.start <= start && p.end >= end).map((p) => p.id);
    const last = segments.at(-1);
    if (last && last.passageIds.join() === passageIds.join()) last.end = end;
    else segments.push({ start, end, passageIds });
  }
  return segments;
}

/**
 * A selection trimmed to its first and last non-blank characters, so a passage never
 * starts or ends with spaces or line breaks. Undefined when nothing but blanks is selected.
 */
export function trimSelection(notes: string, start: number, end: number): { start: number; end: number } | undefined {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(notes.length, Math.max(start, end));
  while (from < to && /\s/.test(notes[from]!)) from += 1;
  while (to > from && /\s/.test(notes[to - 1]!)) to -= 1;
  return from < to ? { start: from, end: to } : undefined;
}

/** Passages in the order they appear in the notes (then the longer first, then creation order). */
export function inNotesOrder<T extends Placed & { seq?: number }>(passages: readonly T[]): T[] {
  return [...passages].sort((a, b) => a.start - b.start || b.end - a.end || (a.seq ?? 0) - (b.seq ?? 0));
}
