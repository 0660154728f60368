/**
 * Deleting an action and removing an update, each with Undo in a notice (see
 * app/commands.ts). After a delete, focus goes to the heading of the action's
 * recommendation, where the card was; after an update's removal, to its action; after
 * Undo, back to the restored action.
 */
import { useCallback } from 'react';
import type { Command } from '../../app/commands.ts';
import { useCommand } from '../../app/useCommand.ts';
import { focusTargetId } from '../../components/useFocusTarget.ts';
import { db } from '../../db/index.ts';
import { deleteAction, removeActionUpdate, restoreAction, restoreActionUpdate, type RemovedActionUpdate } from '../../db/actionRepository.ts';
import type { Row } from '../../db/database.ts';
import { ragOf } from '../../domain/rag.ts';
import type { Action, ActionUpdate } from '../../domain/reviewFile.ts';
import { longDate, plural } from '../../domain/words/index.ts';

const deleteActionCommand: Command<Action, Row<Action>> = {
  failure: 'Could not delete the action',
  run: (action) => deleteAction(db, action.id),
  describe: (removed, action) => {
    const updates = removed.updates.length;
    const also = updates ? ` and its ${plural(updates, 'update')}` : '';
    return `Deleted the action “${action.description}”${also}.`;
  },
  undo: (removed) => restoreAction(db, removed),
  focusAfter: (_, action) => `plan-recommendation-${action.recommendationId}`,
  focusAfterUndo: (_, action) => focusTargetId(action.id),
};

interface UpdateRemoval { action: Action; index: number; update: ActionUpdate }

const removeUpdateCommand: Command<UpdateRemoval, RemovedActionUpdate> = {
  failure: 'Could not remove the update',
  run: ({ action, index, update }) => removeActionUpdate(db, action.id, index, update),
  describe: (removed, { update }) => {
    const status = removed.statusAfter === removed.statusBefore ? '' : ` The action is now ${ragOf(removed.statusAfter).label.toLowerCase()}.`;
    return `Removed the update of ${longDate(update.date)}.${status}`;
  },
  undo: (removed) => restoreActionUpdate(db, removed),
  focusAfter: (_, { action }) => focusTargetId(action.id),
  focusAfterUndo: (_, { action }) => focusTargetId(action.id),
};

export function usePlanRemovals() {
  const removeAction = useCommand(deleteActionCommand);
  const runRemoveUpdate = useCommand(removeUpdateCommand);
  const removeUpdate = useCallback((action: Action, index: number, update: ActionUpdate) => runRemoveUpdate({ action, index, update }), [runRemoveUpdate]);
  return { removeAction, removeUpdate };
}
