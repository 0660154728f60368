/** Coding, recoding and removing passages, with the save status, plain-words problems and Undo. */
import { useCallback } from 'react';
import { messageOf, useNotices } from '../../../app/notices.tsx';
import { useSaveStatus } from '../../../app/saveStatus.tsx';
import { db } from '../../../db/index.ts';
import { addExcerpt, deleteExcerpt, restoreExcerpt, updateExcerpt, type NewPassage, type PassageCoding } from '../../../db/excerptRepository.ts';
import type { ListedPassage } from './PassageList.tsx';

/** A passage's opening words, for a sentence. */
export function opening(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : words.join(' ');
}

export function usePassageActions() {
  const { track } = useSaveStatus();
  const { notify } = useNotices();

  /** Runs a write through the save status; resolves to the problem in plain words, or undefined once saved. */
  const save = useCallback(async (write: () => Promise<unknown>, fallback: string): Promise<string | undefined> => {
    let problem: string | undefined;
    const isSaved = await track(async () => {
      try {
        await write();
      } catch (error) {
        problem = messageOf(error);
        throw error;
      }
    });
    return isSaved ? undefined : (problem ?? fallback);
  }, [track]);

  const add = useCallback((passage: NewPassage) => save(() => addExcerpt(db, passage), 'The passage could not be coded. Try again.'), [save]);

  const update = useCallback((excerptId: string, coding: PassageCoding) =>
    save(() => updateExcerpt(db, excerptId, coding), 'The changes could not be saved. Try again.'), [save]);

  const remove = useCallback(async ({ excerpt, number }: ListedPassage): Promise<boolean> => {
    try {
      const deleted = await deleteExcerpt(db, excerpt.id);
      const cited = deleted.findingLinks.length;
      const also = cited ? ` and took it out of the ${cited === 1 ? 'finding' : `${cited} findings`} that cited it` : '';
      notify({ kind: 'success', text: `Removed passage ${number} (“${opening(excerpt.text)}”)${also}.`, undo: () => restoreExcerpt(db, deleted) });
      return true;
    } catch (error) {
      notify({ kind: 'important', title: 'Could not remove the passage', text: messageOf(error) });
      return false;
    }
  }, [notify]);

  return { add, update, remove };
}
