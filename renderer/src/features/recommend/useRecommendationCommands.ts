/**
 * Moving and deleting recommendations from the list, with focus kept where the reviewer
 * expects it: on the moved recommendation; on the list after a delete (whose notice
 * offers Undo and says how many actions went too); on the restored one after Undo.
 */
import { useCallback } from 'react';
import type { Command } from '../../app/commands.ts';
import { useCommand } from '../../app/useCommand.ts';
import { useSaveStatus } from '../../app/saveStatus.tsx';
import { focusTargetId } from '../../components/useFocusTarget.ts';
import { db } from '../../db/index.ts';
import { deleteRecommendation, moveRecommendation, restoreRecommendation, type DeletedRecommendation } from '../../db/recommendationRepository.ts';
import type { Recommendation } from '../../domain/reviewFile.ts';
import { buttonId } from './RecommendationCard.tsx';
import { countOf, describeRecommendation } from './recommendationText.ts';
import type { FocusFinder } from './usePendingFocus.ts';

export const LIST_HEADING_ID = 'recommendations-heading';

/**
 * The moved recommendation's element once it shows its new number: the same Move button
 * when it can still be used (so pressing it again keeps moving), otherwise the item itself.
 */
function movedFocus(recommendationId: string, number: number, direction: -1 | 1): FocusFinder {
  return () => {
    const item = document.getElementById(focusTargetId(recommendationId));
    if (item?.dataset.number !== String(number)) return null;
    const button = document.getElementById(buttonId(recommendationId, direction === -1 ? 'up' : 'down'));
    return button instanceof HTMLButtonElement && !button.disabled ? button : item;
  };
}

/** `isLast`: nothing comes after it, so nothing is renumbered. */
const deleteCommand: Command<{ recommendation: Recommendation; isLast: boolean }, DeletedRecommendation> = {
  failure: 'Could not delete the recommendation',
  run: ({ recommendation }) => deleteRecommendation(db, recommendation.id),
  describe: (deleted, { recommendation, isLast }) => {
    const actions = deleted.actions.length;
    const also = actions ? ` and its ${countOf(actions, 'action')}` : '';
    const renumbered = isLast ? '' : '; the ones after it are renumbered';
    return `Deleted ${describeRecommendation(recommendation)}${also}${renumbered}.`;
  },
  undo: (deleted) => restoreRecommendation(db, deleted),
  focusAfter: () => LIST_HEADING_ID,
  focusAfterUndo: (_, { recommendation }) => focusTargetId(recommendation.id),
};

export function useRecommendationCommands(focusWhenReady: (find: FocusFinder) => void, cancelFocus: () => void) {
  const { track } = useSaveStatus();
  const runDelete = useCommand(deleteCommand);

  const move = useCallback(async (recommendation: Recommendation, direction: -1 | 1) => {
    focusWhenReady(movedFocus(recommendation.id, recommendation.number + direction, direction));
    if (!(await track(() => moveRecommendation(db, recommendation.id, direction)))) cancelFocus();
  }, [focusWhenReady, cancelFocus, track]);

  const remove = useCallback((recommendation: Recommendation, isLast: boolean) => runDelete({ recommendation, isLast }), [runDelete]);

  return { move, remove };
}
