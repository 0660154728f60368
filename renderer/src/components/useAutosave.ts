/**
 * Keeps a field's draft while the reviewer types and saves it shortly after they stop,
 * when they leave the field, and when the page is being hidden or closed — so no
 * keystroke waits long for the disk.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useSaveStatus } from '../app/saveStatus.tsx';
import { useFlushOnHide } from './useFlushOnHide.ts';

export const AUTOSAVE_DELAY_MS = 600;

export interface Autosave {
  draft: string;
  error: string | undefined;
  change: (value: string) => void;
  flush: () => void;
}

export function useAutosave(persisted: string, save: (value: string) => Promise<unknown>, validate?: (value: string) => string | undefined): Autosave {
  const { track, hold } = useSaveStatus();
  const [key] = useState(() => ({}));
  const [draft, setDraft] = useState(persisted);
  const [error, setError] = useState<string | undefined>();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const dirty = useRef(false);
  const latest = useRef({ draft, persisted, save, validate, track });
  // Updated after each render so timers and blur handlers see the newest values.
  useLayoutEffect(() => {
    latest.current = { draft, persisted, save, validate, track };
  });

  // Take outside changes (another field, undo) when the reviewer has nothing unsaved.
  useEffect(() => {
    if (!dirty.current) setDraft(persisted);
  }, [persisted]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const { draft: value, persisted: stored, save: write, validate: check, track: run } = latest.current;
    if (!dirty.current) return;
    const problem = check?.(value);
    setError(problem);
    // From here the save itself is tracked (or the field shows why it is not saved).
    hold(key, undefined);
    if (problem) return;
    dirty.current = false;
    if (value !== stored) void run(() => write(value));
  }, [hold, key]);

  const change = useCallback((value: string) => {
    dirty.current = true;
    hold(key, 'unsaved');
    setDraft(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
  }, [flush, hold, key]);

  useFlushOnHide(flush);

  return { draft, error, change, flush };
}
