/**
 * Moving and deleting recommendations from the list, with focus kept where the reviewer
 * expects it: on the moved recommendation, or on the list after a delete (whose notice
 * offers Undo and says how many actions went too).
 */
import { useCallback } from 'react';
import { messageOf, useNotices } from '../../app/notices.tsx';
import { useSaveStatus } from '../../app/saveStatus.tsx';
import { focusTargetId } from '../../components/useFocusTarget.ts';
import { db } from '../../db/index.ts';
import { deleteRecommendation, moveRecommendation, restoreRecommendation } from '../../db/recommendationRepository.ts';
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

export function useRecommendationCommands(focusWhenReady: (find: FocusFinder) => void, cancelFocus: () => void) {
  const { notify } = useNotices();
  const { track } = useSaveStatus();

  const move = useCallback(async (recommendation: Recommendation, direction: -1 | 1) => {
    focusWhenReady(movedFocus(recommendation.id, recommendation.number + direction, direction));
    if (!(await track(() => moveRecommendation(db, recommendation.id, direction)))) cancelFocus();
  }, [focusWhenReady, cancelFocus, track]);

  /** `isLast`: nothing comes after it, so nothing is renumbered. */
  const remove = useCallback(async (recommendation: Recommendation, isLast: boolean) => {
    try {
      const deleted = await deleteRecommendation(db, recommendation.id);
      const actions = deleted.actions.length;
      const also = actions ? ` and its ${countOf(actions, 'action')}` : '';
      const renumbered = isLast ? '' : '; the ones after it are renumbered';
      const text = `Deleted ${describeRecommendation(recommendation)}${also}${renumbered}.`;
      notify({ kind: 'success', text, undo: () => restoreRecommendation(db, deleted) });
      document.getElementById(LIST_HEADING_ID)?.focus();
    } catch (error) {
      notify({ kind: 'important', title: 'Could not delete the recommendation', text: messageOf(error) });
    }
  }, [notify]);

  return { move, remove };
}
