/**
 * Deletes an engagement (with its coded passages) and offers Undo in a notice (see
 * app/commands.ts). Focus goes to the timetable's heading, and after Undo to the restored
 * engagement's link in the table.
 */
import type { Command } from '../../app/commands.ts';
import { hrefFor } from '../../app/router.ts';
import { useCommand } from '../../app/useCommand.ts';
import { db } from '../../db/index.ts';
import { deleteEngagement, restoreEngagement, type DeletedEngagement } from '../../db/engagementRepository.ts';
import { describeEngagement } from '../../domain/engagementLabels.ts';
import type { Engagement } from '../../domain/reviewFile.ts';
import { plural } from '../../domain/words/index.ts';

const deleteEngagementCommand: Command<Engagement, DeletedEngagement> = {
  failure: 'Could not delete the engagement',
  run: (engagement) => deleteEngagement(db, engagement.id),
  describe: (deleted, engagement) => {
    const passages = deleted.excerpts.length;
    const also = passages ? ` and its ${plural(passages, 'coded passage')}` : '';
    return `Deleted ${describeEngagement(engagement)}${also}.`;
  },
  undo: (deleted) => restoreEngagement(db, deleted),
  focusAfter: () => 'timetable-heading',
  focusAfterUndo: (deleted) => () => {
    const href = hrefFor({ page: 'workspace', reviewId: deleted.engagement.reviewId, stage: 'engage', engagementId: deleted.engagement.id });
    return document.querySelector<HTMLElement>(`#timetable-heading ~ * a[href="${CSS.escape(href)}"]`);
  },
};

export function useDeleteEngagement(): (engagement: Engagement) => Promise<boolean> {
  return useCommand(deleteEngagementCommand);
}
