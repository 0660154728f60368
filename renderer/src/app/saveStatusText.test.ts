import { describe, expect, it } from 'vitest';
import { IDLE_SAVE_STATE, isSaveError, saveStatusText } from './saveStatusText.ts';

const savedAt = new Date(2026, 2, 3, 14, 5, 9);

describe('saveStatusText', () => {
  it('says changes save automatically before anything is saved', () => {
    expect(saveStatusText(IDLE_SAVE_STATE)).toBe('Changes save automatically.');
  });

  it('says all changes are saved only when nothing is waiting', () => {
    expect(saveStatusText({ ...IDLE_SAVE_STATE, savedAt })).toMatch(/^All changes saved at 14:05/);
  });

  it('says "Saving…" during the autosave pause, not an earlier "All changes saved"', () => {
    expect(saveStatusText({ ...IDLE_SAVE_STATE, savedAt, unsaved: 1 })).toBe('Saving…');
    expect(saveStatusText({ ...IDLE_SAVE_STATE, savedAt, pending: 1 })).toBe('Saving…');
  });

  it('says "Saved as a draft" while notes are held only in their crash draft', () => {
    expect(saveStatusText({ ...IDLE_SAVE_STATE, savedAt, drafted: 1 })).toBe('Saved as a draft');
    // A field still waiting outranks the draft: not everything has reached the disk.
    expect(saveStatusText({ ...IDLE_SAVE_STATE, savedAt, drafted: 1, unsaved: 1 })).toBe('Saving…');
  });

  it('keeps a failure in view until a save succeeds, unless a newer save is under way', () => {
    const failed = { ...IDLE_SAVE_STATE, savedAt, drafted: 1, error: 'Disk full' };
    expect(saveStatusText(failed)).toBe('Not saved: Disk full');
    expect(isSaveError(failed)).toBe(true);
    expect(isSaveError({ ...failed, unsaved: 1 })).toBe(false);
    expect(saveStatusText({ ...failed, pending: 1 })).toBe('Saving…');
  });
});
