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
import { useSaveStatus, type Held } from '../../app/saveStatus.tsx';
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
  const { track, hold } = useSaveStatus();
  const [text, setText] = useState(initial);
  // typedAt: when the newest text was typed, strictly increasing, so a save deletes only drafts it covers.
  const session = useRef({ text: initial, typedAt: 0, isDirty: false });
  // Where the newest text waits, for the status line (see saveStatus.tsx).
  const held = useRef<Held | undefined>(undefined);
  const mark = useCallback((next: Held | undefined) => {
    held.current = next;
    hold(session, next);
  }, [hold]);
  const [drafts] = useState(() => createDraftWriter((draft) => writeDraft(db, draft)));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const current = session.current;
    if (!current.isDirty) return;
    current.isDirty = false;
    mark(undefined); // the save below is tracked from now
    const { text: notes, typedAt } = current;
    void track(async () => {
      await drafts.idle(); // so the save lands after the draft it replaces, and deletes it
      await saveNotes(db, engagementId, notes, typedAt);
    }).then((isSaved) => {
      // Try again on the next pause or blur unless newer typing has taken over (the text is in the draft).
      if (!isSaved && session.current.typedAt === typedAt) {
        session.current.isDirty = true;
        mark('draft');
      }
    });
  }, [track, mark, drafts, engagementId]);

  const change = useCallback((value: string) => {
    const current = session.current;
    current.text = value;
    current.typedAt = Math.max(Date.now(), current.typedAt + 1);
    current.isDirty = true;
    // Typing on after the draft has caught up keeps "Saved as a draft": the draft follows
    // within milliseconds, and flipping the polite status on every key would chatter.
    if (held.current !== 'draft') mark('unsaved');
    setText(value);
    const typedAt = current.typedAt;
    drafts.write({ engagementId, reviewId, notes: value, savedAt: typedAt });
    // Once this text has reached the draft, and nothing newer or a save has come since, the status says so.
    void drafts.idle().then(() => {
      if (session.current.isDirty && session.current.typedAt === typedAt) mark('draft');
    });
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, NOTES_AUTOSAVE_MS);
  }, [drafts, mark, engagementId, reviewId, flush]);

  useFlushOnHide(flush);

  return { text, change, flush };
}
