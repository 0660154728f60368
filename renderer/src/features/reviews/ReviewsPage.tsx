/** The Reviews screen: create, open, duplicate, delete (with undo), import, export and back up. */
import { useState } from 'react';
import { Button } from '../../components/Button.tsx';
import { NotificationBanner } from '../../components/NotificationBanner.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import type { Command } from '../../app/commands.ts';
import { messageOf, useNotices } from '../../app/notices.tsx';
import { useCommand } from '../../app/useCommand.ts';
import { navigate } from '../../app/router.ts';
import { db } from '../../db/index.ts';
import { deleteReview, deleteReviewPermanently, duplicateReview, exportReviewFile, importReviewFile, restoreReview, type DeletedReview } from '../../db/reviewFileRepository.ts';
import { reReviewOf } from '../../domain/framework/baseline.ts';
import { nowInstant } from '../../domain/ids.ts';
import { newReviewFile, type NewReviewInput } from '../../domain/newReview.ts';
import type { Review } from '../../domain/reviewFile.ts';
import { loadTemplates } from '../../templates/loadTemplates.ts';
import { importReview } from './reviewFileActions.ts';
import { PlainExportCheck } from '../privacy/PlainExportCheck.tsx';
import { usePlainExportCheck } from '../privacy/usePlainExportCheck.ts';
import { QdpxImportButton } from '../qda/QdpxImportButton.tsx';
import { NewReviewForm } from './NewReviewForm.tsx';
import { ReviewsTable } from './ReviewsTable.tsx';
import { sampleReviews } from './sampleReviews.ts';
import { useReviews } from './useReviews.ts';
import { useReviewFileFlow } from './useReviewFileFlow.tsx';

/** Deleting a review with Undo (see app/commands.ts); its register of names comes back too. */
const deleteReviewCommand: Command<Review, DeletedReview> = {
  failure: 'Could not delete the review',
  run: (review) => deleteReview(db, review.id),
  describe: (_, review) => `Deleted “${review.title}”.`,
  undo: (deleted) => restoreReview(db, deleted),
};

export function ReviewsPage() {
  const reviews = useReviews();
  const { notify } = useNotices();
  const { templates, errors: templateErrors } = loadTemplates();
  const [isCreating, setCreating] = useState(false);
  const plainExport = usePlainExportCheck();
  const files = useReviewFileFlow(reviews?.length ?? 0, plainExport.check);

  const attempt = (what: string, work: () => Promise<void>) => () => {
    work().catch((error: unknown) => notify({ kind: 'important', title: `Could not ${what}`, text: messageOf(error) }));
  };

  const create = async (templateId: string, input: NewReviewInput) => {
    const template = templates.find((t) => t.id === templateId);
    if (!template) throw new Error('That template is not available.');
    const id = await importReview(newReviewFile(template, input));
    navigate({ page: 'workspace', reviewId: id, stage: 'overview' });
  };

  const openSample = attempt('open the sample', async () => {
    const [sample] = sampleReviews();
    if (!sample) throw new Error('No sample review is installed.');
    const exists = await db.reviews.get(sample.review.id);
    const id = await importReview(sample, { asCopy: Boolean(exists) });
    navigate({ page: 'workspace', reviewId: id, stage: 'overview' });
  });

  const deleteOne = useCommand(deleteReviewCommand);
  const remove = (review: Review) => void deleteOne(review);

  // No Undo: nothing of the review is kept, not even in memory.
  const removePermanently = (review: Review) => attempt('delete the review', async () => {
    await deleteReviewPermanently(db, review.id);
    notify({ kind: 'success', text: `Deleted “${review.title}” permanently.` });
  })();

  const duplicate = (review: Review) => attempt('duplicate the review', async () => {
    await duplicateReview(db, review.id);
    notify({ kind: 'success', text: `Made a copy of “${review.title}”.` });
  })();

  // A re-review: a new review of the area whose baseline is this one's recommendations and action statuses.
  const reReview = (review: Review) => attempt('start the re-review', async () => {
    const next = reReviewOf(await exportReviewFile(db, review.id), `${review.title} (re-review)`, nowInstant());
    const id = await importReviewFile(db, next);
    navigate({ page: 'workspace', reviewId: id, stage: 'overview' });
  })();

  return (
    <>
      <PageHeading>Reviews</PageHeading>
      {templateErrors.length > 0 && (
        <NotificationBanner kind="important" title="Some template files could not be loaded">
          <ul className="govuk-list govuk-list--bullet">{templateErrors.map((e) => <li key={e.display}>{e.display}</li>)}</ul>
        </NotificationBanner>
      )}
      {files.panel}
      {plainExport.pending && (
        <PlainExportCheck pending={plainExport.pending} onCancel={plainExport.cancel} onExportAnyway={attempt('export the review', plainExport.exportAnyway)} />
      )}
      {isCreating ? (
        <NewReviewForm templates={templates} onCancel={() => setCreating(false)} onCreate={(id, input) => create(id, input).catch((e: unknown) => notify({ kind: 'important', title: 'Could not create the review', text: messageOf(e) }))} />
      ) : (
        <div className="govuk-button-group">
          <Button onClick={() => setCreating(true)} disabled={templates.length === 0}>Create a new review</Button>
          <Button variant="secondary" onClick={files.startImport}>Import a review file</Button>
          <QdpxImportButton />
          {reviews && reviews.length > 0 && <Button variant="secondary" onClick={files.startBackup}>Back up everything</Button>}
        </div>
      )}
      {reviews === undefined && <p className="govuk-body">Loading reviews…</p>}
      {reviews?.length === 0 && (
        <div className="govuk-inset-text">
          <p className="govuk-body">There are no reviews on this computer yet. Create one from the template, import a review file a colleague has sent you, or open the fictional sample review to look around.</p>
          <Button variant="secondary" onClick={openSample}>Open the sample review</Button>
        </div>
      )}
      {reviews && reviews.length > 0 && <ReviewsTable reviews={reviews} onDuplicate={duplicate} onReReview={reReview} onExport={files.startExport} onDelete={remove} onDeletePermanently={removePermanently} />}
    </>
  );
}
