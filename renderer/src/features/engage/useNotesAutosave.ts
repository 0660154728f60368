/**
 * Autosave for live notes. Every input goes to the crash draft at once (draftWriter);
 * the notes themselves save after a short pause, when the field loses focus, when the
 * page is hidden or closed, and when the editor closes. Only the editor re-renders
 * while the reviewer types.
 *
 * While open, the editor is the one writer of its engagement's notes, so it never takes
 * the stored value back: a late echo of its own earlier save must not undo newer typing.
 */
import { useCallback, useRef, useState } from 'react';
import { useSaveStatus } from '../../app/saveStatus.tsx';
import { db } from '../../db/index.ts';
import { writeDraft } from '../../db/draftRepository.ts';
import { saveNotes } from '../../db/engagementRepository.ts';
import { createDraftWriter } from './draftWriter.ts';
import { useFlushOnHide } from '../../components/useFlushOnHide.ts';

/** Within the 2 seconds a reviewer can wait; long enough not to save mid-word. */
export const NOTES_AUTOSAVE_MS = 1000;

export interface NotesAutosave {
  text: string;
  change: (value: string) => void;
  flush: () => void;
}

export function useNotesAutosave(engagementId: string, reviewId: string, initial: string): NotesAutosave {
  const { track } = useSaveStatus();
  const [text, setText] = useState(initial);
  const [drafts] = useState(() => createDraftWriter((draft) => writeDraft(db, draft)));
  // typedAt: when the newest text was typed, strictly increasing, so a save deletes only drafts it covers.
  const session = useRef({ text: initial, typedAt: 0, isDirty: false });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const current = session.current;
    if (!current.isDirty) return;
    current.isDirty = false;
    const { text: notes, typedAt } = current;
    void track(async () => {
      await drafts.idle(); // so the save lands after the draft it replaces, and deletes it
      await saveNotes(db, engagementId, notes, typedAt);
    }).then((isSaved) => {
      // Try again on the next pause or blur unless newer typing has taken over.
      if (!isSaved && session.current.typedAt === typedAt) session.current.isDirty = true;
    });
  }, [track, drafts, engagementId]);

  const change = useCallback((value: string) => {
    const current = session.current;
    current.text = value;
    current.typedAt = Math.max(Date.now(), current.typedAt + 1);
    current.isDirty = true;
    setText(value);
    drafts.write({ engagementId, reviewId, notes: value, savedAt: current.typedAt });
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, NOTES_AUTOSAVE_MS);
  }, [drafts, engagementId, reviewId, flush]);

  useFlushOnHide(flush);

  return { text, change, flush };
}
