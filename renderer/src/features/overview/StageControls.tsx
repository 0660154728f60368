/**
 * The review's stage as the Reviews list shows it, and the reviewer's way to move it on:
 * mark the current stage as done, close the review at the end, or reopen it. The work
 * also moves it forward on its own (see StageFollowsWork).
 */
import { messageOf, useNotices } from '../../app/notices.tsx';
import { stageName } from '../../app/stages.ts';
import { Button } from '../../components/Button.tsx';
import { Tag } from '../../components/Tag.tsx';
import { db } from '../../db/index.ts';
import { updateReview } from '../../db/reviewRepository.ts';
import type { Review, Stage } from '../../domain/reviewFile.ts';
import { nextStage } from '../../domain/reviewStage.ts';

export function StageControls({ review }: { review: Review }) {
  const { notify } = useNotices();
  const { stage } = review;
  const moveTo = (to: Stage, done: string) => {
    updateReview(db, review.id, { stage: to })
      .then(() => notify({ kind: 'success', text: done }))
      .catch((error: unknown) => notify({ kind: 'important', title: 'Could not change the stage', text: messageOf(error) }));
  };
  const next = stage === 'closed' ? undefined : nextStage(stage);
  return (
    <section aria-labelledby="stage-heading" className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m" id="stage-heading">Where this review stands</h2>
      <p className="govuk-body" data-testid="review-stage">
        Stage: <Tag text={stageName(stage)} colour={stage === 'closed' ? 'grey' : 'blue'} />
      </p>
      <p className="govuk-hint">The stage moves on by itself as the work does, and the Reviews list shows it. You can also move it on yourself.</p>
      {next && (
        <Button variant="secondary" onClick={() => moveTo(next, `${stageName(stage)} is done. The review is now at the ${stageName(next)} stage.`)}>
          Mark {stageName(stage)} as done and move to {stageName(next)}
        </Button>
      )}
      {stage === 'follow-up' && <Button variant="secondary" onClick={() => moveTo('closed', 'The review is closed.')}>Close the review</Button>}
      {stage === 'closed' && <Button variant="secondary" onClick={() => moveTo('follow-up', 'The review is open again, at the Follow-up stage.')}>Reopen the review</Button>}
    </section>
  );
}
