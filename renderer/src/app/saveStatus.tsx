/**
 * The visible saved state of the workspace. Every autosaving write goes through
 * `track`, so the status line can say "Saving…", "All changes saved" or what failed.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { clockTime } from '../domain/words/index.ts';

interface SaveState {
  pending: number;
  savedAt?: Date;
  error?: string;
}

interface SaveStatusApi {
  state: SaveState;
  /** Runs a write, recording its progress; resolves false (and records why) on failure. */
  track: (write: () => Promise<unknown>) => Promise<boolean>;
}

const SaveStatusContext = createContext<SaveStatusApi | null>(null);

export function SaveStatusProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SaveState>({ pending: 0 });
  const track = useCallback(async (write: () => Promise<unknown>) => {
    setState((s) => ({ ...s, pending: s.pending + 1 }));
    try {
      await write();
      setState((s) => ({ pending: s.pending - 1, savedAt: new Date() }));
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setState((s) => ({ ...s, pending: s.pending - 1, error: message }));
      return false;
    }
  }, []);
  const api = useMemo(() => ({ state, track }), [state, track]);
  return <SaveStatusContext.Provider value={api}>{children}</SaveStatusContext.Provider>;
}

export function useSaveStatus(): SaveStatusApi {
  const api = useContext(SaveStatusContext);
  if (!api) throw new Error('useSaveStatus needs a SaveStatusProvider');
  return api;
}


/** The status line, announced politely to screen readers. */
export function SaveStatusLine() {
  const { state } = useSaveStatus();
  let text = 'Changes save automatically.';
  if (state.pending > 0) text = 'Saving…';
  else if (state.error) text = `Not saved: ${state.error}`;
  else if (state.savedAt) text = `All changes saved at ${clockTime(state.savedAt, true)}`;
  return (
    <p className={`govuk-body-s app-save-status${state.error && state.pending === 0 ? ' govuk-error-message' : ''}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </p>
  );
}
