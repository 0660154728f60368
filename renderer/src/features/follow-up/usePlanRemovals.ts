/** Deleting an action and removing an update, each with Undo in a notice. */
import { useCallback } from 'react';
import { messageOf, useNotices } from '../../app/notices.tsx';
import { db } from '../../db/index.ts';
import { deleteAction, removeActionUpdate, restoreAction, restoreActionUpdate } from '../../db/actionRepository.ts';
import { ragOf } from '../../domain/rag.ts';
import type { Action, ActionUpdate } from '../../domain/reviewFile.ts';
import { longDate } from '../../domain/words/index.ts';
import { plural } from '../../domain/words/index.ts';

export function usePlanRemovals() {
  const { notify } = useNotices();

  const removeAction = useCallback(async (action: Action) => {
    try {
      const removed = await deleteAction(db, action.id);
      const updates = removed.updates.length;
      const also = updates ? ` and its ${plural(updates, 'update')}` : '';
      notify({ kind: 'success', text: `Deleted the action “${action.description}”${also}.`, undo: () => restoreAction(db, removed) });
    } catch (error) {
      notify({ kind: 'important', title: 'Could not delete the action', text: messageOf(error) });
    }
  }, [notify]);

  const removeUpdate = useCallback(async (action: Action, index: number, update: ActionUpdate) => {
    try {
      const removed = await removeActionUpdate(db, action.id, index, update);
      const status = removed.statusAfter === removed.statusBefore ? '' : ` The action is now ${ragOf(removed.statusAfter).label.toLowerCase()}.`;
      notify({ kind: 'success', text: `Removed the update of ${longDate(update.date)}.${status}`, undo: () => restoreActionUpdate(db, removed) });
    } catch (error) {
      notify({ kind: 'important', title: 'Could not remove the update', text: messageOf(error) });
    }
  }, [notify]);

  return { removeAction, removeUpdate };
}
