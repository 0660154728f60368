/** The list of reviews on this computer, with the actions on each. */
import { useState } from 'react';
import { Button } from '../../components/Button.tsx';
import { Tag } from '../../components/Tag.tsx';
import type { Review } from '../../domain/reviewFile.ts';
import { hrefFor } from '../../app/router.ts';
import { stageName } from '../../app/stages.ts';
import { todayDate } from '../../domain/ids.ts';
import { isPastRetention, retentionDateOf } from '../../domain/retention.ts';
import { longDate, longDateTime } from '../../domain/words/index.ts';
import { TableScroll } from '../../components/TableScroll.tsx';
import { ConfirmPermanentDelete } from './ConfirmPermanentDelete.tsx';
import { UserText } from '../../components/UserText.tsx';
import { visibleText } from '../../domain/words/index.ts';

export interface ReviewsTableProps {
  reviews: readonly Review[];
  onDuplicate: (review: Review) => void;
  /** Starts a new review of the same area with this one's recommendations as its baseline. */
  onReReview?: (review: Review) => void;
  onExport: (review: Review) => void;
  onDelete: (review: Review) => void;
  /** Deletes the review and everything of it for good (no undo). */
  onDeletePermanently: (review: Review) => void;
}

export function ReviewsTable({ reviews, onDuplicate, onReReview, onExport, onDelete, onDeletePermanently }: ReviewsTableProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [confirmingPermanent, setConfirmingPermanent] = useState<string | null>(null);
  const today = todayDate();
  return (
    <TableScroll label="Reviews on this computer">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Reviews on this computer</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Review</th>
            <th scope="col" className="govuk-table__header">Area</th>
            <th scope="col" className="govuk-table__header">Stage</th>
            <th scope="col" className="govuk-table__header">Last changed</th>
            <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {reviews.map((review) => (
            <tr className="govuk-table__row" key={review.id}>
              <th scope="row" className="govuk-table__header">
                <a className="govuk-link" href={hrefFor({ page: 'workspace', reviewId: review.id, stage: 'overview' })}><UserText text={review.title} /></a>
                {isPastRetention(review, today) && (
                  <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                    <Tag text="Past retention date" colour="red" /> Due for deletion since {longDate(retentionDateOf(review)!)}
                  </p>
                )}
              </th>
              <td className="govuk-table__cell">{review.area}</td>
              <td className="govuk-table__cell"><Tag text={stageName(review.stage)} colour="blue" /></td>
              <td className="govuk-table__cell">{longDateTime(review.updatedAt)}</td>
              <td className="govuk-table__cell">
                {confirmingPermanent === review.id ? (
                  <ConfirmPermanentDelete review={review} onCancel={() => setConfirmingPermanent(null)}
                    onConfirm={() => { setConfirmingPermanent(null); onDeletePermanently(review); }} />
                ) : confirming === review.id ? (
                  <div className="app-inline-actions" role="group" aria-label={`Confirm deleting ${visibleText(review.title)}`}>
                    <span className="govuk-body-s govuk-!-margin-bottom-0">Delete this review and everything in it?</span>
                    <Button variant="warning" onClick={() => { setConfirming(null); onDelete(review); }} aria-label={`Yes, delete ${visibleText(review.title)}`}>Yes, delete</Button>
                    <Button variant="secondary" onClick={() => setConfirming(null)}>Cancel</Button>
                  </div>
                ) : (
                  <div className="app-inline-actions">
                    <Button variant="secondary" onClick={() => onDuplicate(review)} aria-label={`Duplicate ${visibleText(review.title)}`}>Duplicate</Button>
                    {onReReview && <Button variant="secondary" onClick={() => onReReview(review)} aria-label={`Start a re-review of ${visibleText(review.title)}`}>Re-review</Button>}
                    <Button variant="secondary" onClick={() => onExport(review)} aria-label={`Export ${visibleText(review.title)}`}>Export</Button>
                    <Button variant="warning" onClick={() => setConfirming(review.id)} aria-label={`Delete ${visibleText(review.title)}`}>Delete</Button>
                    <Button variant="warning" onClick={() => setConfirmingPermanent(review.id)} aria-label={`Delete permanently: ${visibleText(review.title)}`}>Delete permanently</Button>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
