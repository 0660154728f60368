/**
 * Gets the newest notes text to the drafts table as soon as the disk allows: a write
 * starts in a microtask after the input (so one task's inputs share a write), and while
 * a write is running only the newest text waits, so a burst of typing never queues a
 * backlog of stale copies.
 */
import type { NotesDraft } from '../../db/database.ts';

export interface DraftWriter {
  write: (draft: NotesDraft) => void;
  /** Resolves once every draft written so far has reached the database (or failed). */
  idle: () => Promise<void>;
}

export function createDraftWriter(save: (draft: NotesDraft) => Promise<unknown>): DraftWriter {
  let pending: NotesDraft | undefined;
  let running: Promise<void> | undefined;
  const pump = async () => {
    await Promise.resolve(); // start in a microtask
    while (pending) {
      const next = pending;
      pending = undefined;
      // A failed draft write is not reported: the autosave that follows reports its own problems.
      await save(next).catch(() => undefined);
    }
    running = undefined;
  };
  return {
    write(draft) {
      pending = draft;
      running ??= pump();
    },
    idle: () => running ?? Promise.resolve(),
  };
}
