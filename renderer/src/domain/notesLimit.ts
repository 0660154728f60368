/**
 * How long one engagement's notes may be. A day-long workshop typed verbatim is about
 * 60,000 characters; 200,000 leaves room for three of them while keeping every keystroke
 * in the editor, every save and every search well inside their time budgets (a 2 MB
 * paste made each key take 300–800 ms).
 */
import { count } from './words/index.ts';

export const NOTES_MAX_CHARACTERS = 200_000;

/** True when notes of this length may be saved. */
export function isWithinNotesLimit(notes: string): boolean {
  return notes.length <= NOTES_MAX_CHARACTERS;
}

/** The plain-words refusal for notes that would be `length` characters long. */
export function notesTooLongMessage(length: number): string {
  return `Notes can be up to ${count(NOTES_MAX_CHARACTERS)} characters. That change would make them ${count(length)} characters, so it was not made. Split very long notes across engagements.`;
}
