/** Coding, recoding and removing passages, with the save status, plain-words problems and Undo. */
import { useCallback } from 'react';
import type { Command } from '../../../app/commands.ts';
import { messageOf } from '../../../app/notices.tsx';
import { useCommand } from '../../../app/useCommand.ts';
import { useSaveStatus } from '../../../app/saveStatus.tsx';
import { db } from '../../../db/index.ts';
import { addExcerpt, deleteExcerpt, restoreExcerpt, updateExcerpt, type DeletedExcerpt, type NewPassage, type PassageCoding } from '../../../db/excerptRepository.ts';
import { plural } from '../../../domain/words/index.ts';
import type { ListedPassage } from './PassageList.tsx';

/** A passage's opening words, for a sentence. */
export function opening(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : words.join(' ');
}

/** Removing a passage (see app/commands.ts); the caller moves focus when it succeeds. */
const removePassageCommand: Command<ListedPassage, DeletedExcerpt> = {
  failure: 'Could not remove the passage',
  run: ({ excerpt }) => deleteExcerpt(db, excerpt.id),
  describe: (deleted, { excerpt, number }) => {
    const cited = deleted.findingLinks.length;
    const also = cited ? ` and took it out of the ${cited === 1 ? 'finding' : plural(cited, 'finding')} that cited it` : '';
    return `Removed passage ${number} (“${opening(excerpt.text)}”)${also}.`;
  },
  undo: (deleted) => restoreExcerpt(db, deleted),
};

export function usePassageActions() {
  const { track } = useSaveStatus();
  const remove = useCommand(removePassageCommand);

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

  return { add, update, remove };
}
