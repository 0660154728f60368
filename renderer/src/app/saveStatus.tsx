/**
 * The visible saved state of the workspace. Every autosaving write goes through
 * `track`, so the status line can say "Saving…", "All changes saved" or what failed; an
 * autosaving field also marks itself with `hold` from its first keystroke until its save
 * starts, so the line says "Saving…" (or "Saved as a draft" for notes already in their
 * crash draft) during the autosave pause rather than an earlier "All changes saved".
 *
 * The functions and the state are two contexts: the many fields that only write get a
 * stable value and never re-render when the status changes; only the line reads the state.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { IDLE_SAVE_STATE, isSaveError, saveStatusText, type SaveState } from './saveStatusText.ts';

/** Where an edit is while it waits for its autosave: not written anywhere yet, or in the crash draft only. */
export type Held = 'unsaved' | 'draft';

interface SaveStatusApi {
  /** Runs a write, recording its progress; resolves false (and records why) on failure. */
  track: (write: () => Promise<unknown>) => Promise<boolean>;
  /** Marks (or, with undefined, clears) `key`'s edit as waiting for its autosave. */
  hold: (key: object, held: Held | undefined) => void;
}

const SaveStatusContext = createContext<SaveStatusApi | null>(null);
const SaveStateContext = createContext<SaveState>(IDLE_SAVE_STATE);

export function SaveStatusProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SaveState>(IDLE_SAVE_STATE);
  const holds = useRef(new Map<object, Held>());
  const track = useCallback(async (write: () => Promise<unknown>) => {
    setState((s) => ({ ...s, pending: s.pending + 1 }));
    try {
      await write();
      setState((s) => ({ ...s, pending: s.pending - 1, savedAt: new Date(), error: undefined }));
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setState((s) => ({ ...s, pending: s.pending - 1, error: message }));
      return false;
    }
  }, []);
  // Called on keystrokes: the state changes only when a count does, so typing on costs nothing.
  const hold = useCallback((key: object, held: Held | undefined) => {
    const map = holds.current;
    if (map.get(key) === held) return;
    if (held) map.set(key, held);
    else map.delete(key);
    let unsaved = 0;
    for (const value of map.values()) if (value === 'unsaved') unsaved += 1;
    const drafted = map.size - unsaved;
    setState((s) => (s.unsaved === unsaved && s.drafted === drafted ? s : { ...s, unsaved, drafted }));
  }, []);
  const api = useMemo(() => ({ track, hold }), [track, hold]);
  return (
    <SaveStatusContext.Provider value={api}>
      <SaveStateContext.Provider value={state}>{children}</SaveStateContext.Provider>
    </SaveStatusContext.Provider>
  );
}

export function useSaveStatus(): SaveStatusApi {
  const api = useContext(SaveStatusContext);
  if (!api) throw new Error('useSaveStatus needs a SaveStatusProvider');
  return api;
}

/** The status line, announced politely to screen readers. */
export function SaveStatusLine() {
  const state = useContext(SaveStateContext);
  return (
    <p className={`govuk-body-s app-save-status${isSaveError(state) ? ' govuk-error-message' : ''}`} role="status" aria-live="polite" data-testid="save-status">
      {saveStatusText(state)}
    </p>
  );
}
