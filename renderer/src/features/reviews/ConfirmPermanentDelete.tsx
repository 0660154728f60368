/**
 * The confirmation before a review is deleted for good. It names the review, says what
 * goes and that there is no Undo, and takes focus so a keyboard user lands on it.
 */
import { useEffect, useRef } from 'react';
import { Button } from '../../components/Button.tsx';
import type { Review } from '../../domain/reviewFile.ts';
import { UserText } from '../../components/UserText.tsx';

export function ConfirmPermanentDelete({ review, onConfirm, onCancel }: { review: Review; onConfirm: () => void; onCancel: () => void }) {
  const group = useRef<HTMLDivElement>(null);
  useEffect(() => group.current?.focus(), []);
  return (
    <div className="app-inline-actions" role="group" aria-labelledby={`permanent-${review.id}`} tabIndex={-1} ref={group}>
      <p className="govuk-body-s govuk-!-margin-bottom-0" id={`permanent-${review.id}`}>
        <strong>Delete “<UserText text={review.title} />” permanently?</strong> Its engagements, notes, passages, findings, recommendations,
        actions, unsaved drafts and register of names are all removed from this computer at once. This cannot be undone.
      </p>
      <Button variant="warning" onClick={onConfirm} aria-label={`Yes, delete permanently: ${review.title}`}>Yes, delete permanently</Button>
      <Button variant="secondary" onClick={onCancel}>Cancel</Button>
    </div>
  );
}
