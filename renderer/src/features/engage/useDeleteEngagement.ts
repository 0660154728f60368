/** Deletes an engagement (with its coded passages) and offers Undo in a notice. */
import { useCallback } from 'react';
import { messageOf, useNotices } from '../../app/notices.tsx';
import { db } from '../../db/index.ts';
import { deleteEngagement, restoreEngagement } from '../../db/engagementRepository.ts';
import { describeEngagement } from '../../domain/engagementLabels.ts';
import type { Engagement } from '../../domain/reviewFile.ts';
import { plural } from '../../domain/words/index.ts';

export function useDeleteEngagement(): (engagement: Engagement) => Promise<void> {
  const { notify } = useNotices();
  return useCallback(async (engagement: Engagement) => {
    try {
      const deleted = await deleteEngagement(db, engagement.id);
      const passages = deleted.excerpts.length;
      const also = passages ? ` and its ${plural(passages, 'coded passage')}` : '';
      notify({ kind: 'success', text: `Deleted ${describeEngagement(engagement)}${also}.`, undo: () => restoreEngagement(db, deleted) });
    } catch (error) {
      notify({ kind: 'important', title: 'Could not delete the engagement', text: messageOf(error) });
    }
  }, [notify]);
}
