/**
 * The review team. The only place in a review where people are named: exports attribute
 * everything else to agencies and sectors.
 */
import { useState } from 'react';
import { AddForm } from '../../components/AddForm.tsx';
import { AutosaveField } from '../../components/AutosaveField.tsx';
import { Button } from '../../components/Button.tsx';
import type { Command } from '../../app/commands.ts';
import { useCommand } from '../../app/useCommand.ts';
import { useSaveStatus } from '../../app/saveStatus.tsx';
import { db } from '../../db/index.ts';
import { addReviewer, removeReviewer, restoreReviewer, updateReviewer } from '../../db/reviewRepository.ts';
import type { Review, Reviewer } from '../../domain/reviewFile.ts';

const removeReviewerCommand: Command<{ reviewId: string; reviewer: Reviewer }, { reviewer: Reviewer; index: number }> = {
  failure: 'Could not remove the reviewer',
  run: ({ reviewId, reviewer }) => removeReviewer(db, reviewId, reviewer.id),
  describe: (_, { reviewer }) => `Removed ${reviewer.name || 'the reviewer'} from the review team.`,
  undo: (removed, { reviewId }) => restoreReviewer(db, reviewId, removed.reviewer, removed.index),
  focusAfter: () => 'team-heading',
  focusAfterUndo: (_, { reviewer }) => `reviewer-${reviewer.id}-name`,
};

export function ReviewTeamSection({ review }: { review: Review }) {
  const { track } = useSaveStatus();
  const removeCommand = useCommand(removeReviewerCommand);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');

  const add = async () => {
    if (!name.trim()) return 'Enter the reviewer’s name';
    const ok = await track(() => addReviewer(db, review.id, { name: name.trim(), role: role.trim() }));
    if (!ok) return 'The reviewer could not be added';
    setName('');
    setRole('');
    return undefined;
  };

  const remove = (reviewer: Reviewer) => removeCommand({ reviewId: review.id, reviewer });

  const save = (reviewer: Reviewer, patch: Partial<Reviewer>) => updateReviewer(db, review.id, { ...reviewer, ...patch });

  return (
    <section aria-labelledby="team-heading">
      <h2 className="govuk-heading-m" id="team-heading">Review team</h2>
      <p className="govuk-body">Names appear only in the review team section of the report; everything else is attributed to agencies and sectors.</p>
      {review.reviewers.length === 0 && <p className="govuk-body govuk-hint">No reviewers added yet.</p>}
      {review.reviewers.map((reviewer, index) => (
        <div className="app-inline-actions" key={reviewer.id} role="group" aria-label={`Reviewer ${index + 1}`}>
          <AutosaveField id={`reviewer-${reviewer.id}-name`} label={`Reviewer ${index + 1} name`} value={reviewer.name} width="full" onSave={(v) => save(reviewer, { name: v })} />
          <AutosaveField id={`reviewer-${reviewer.id}-role`} label={`Reviewer ${index + 1} role`} value={reviewer.role} width="full" onSave={(v) => save(reviewer, { role: v })} />
          <Button variant="secondary" onClick={() => void remove(reviewer)} aria-label={`Remove ${reviewer.name || `reviewer ${index + 1}`}`}>Remove</Button>
        </div>
      ))}
      <AddForm legend="Add a reviewer" submitLabel="Add reviewer" onAdd={add}>
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="new-reviewer-name">Name</label>
          <input id="new-reviewer-name" className="govuk-input" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
        </div>
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="new-reviewer-role">Role</label>
          <input id="new-reviewer-role" className="govuk-input" value={role} onChange={(e) => setRole(e.target.value)} autoComplete="off" placeholder="" />
        </div>
      </AddForm>
    </section>
  );
}
