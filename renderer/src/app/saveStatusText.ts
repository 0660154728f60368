/**
 * What the saved-state line says, as a pure function of the save state, so the rule is
 * tested without a DOM. It never claims "All changes saved" while an edit is still
 * waiting for its autosave pause: a field with typing not yet written says "Saving…",
 * and notes held only in their crash draft say "Saved as a draft".
 */
import { clockTime } from '../domain/words/index.ts';

export interface SaveState {
  /** Writes started and not yet finished. */
  pending: number;
  /** Fields with typing that has reached nothing yet (waiting for the autosave pause). */
  unsaved: number;
  /** Notes whose newest text is in the crash draft but not yet saved as the notes. */
  drafted: number;
  savedAt?: Date;
  error?: string;
}

export const IDLE_SAVE_STATE: SaveState = { pending: 0, unsaved: 0, drafted: 0 };

export function saveStatusText(state: SaveState): string {
  if (state.pending > 0 || state.unsaved > 0) return 'Saving…';
  if (state.error) return `Not saved: ${state.error}`;
  if (state.drafted > 0) return 'Saved as a draft';
  if (state.savedAt) return `All changes saved at ${clockTime(state.savedAt, true)}`;
  return 'Changes save automatically.';
}

/** An error shows as one only when nothing newer is under way. */
export function isSaveError(state: SaveState): boolean {
  return Boolean(state.error) && state.pending === 0 && state.unsaved === 0;
}
