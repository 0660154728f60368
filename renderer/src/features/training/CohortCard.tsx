/** One cohort: its modules, participants and progress, adding the next participant, its files, and deleting it. */
import { memo, useState } from 'react';
import { messageOf, useNotices } from '../../app/notices.tsx';
import { useCommand } from '../../app/useCommand.ts';
import { Button } from '../../components/Button.tsx';
import { attemptModules, type TrainingAttempt, type TrainingCohort } from '../../domain/training/attempt.ts';
import type { Course } from '../../domain/training/courseSchema.ts';
import { UserText } from '../../components/UserText.tsx';
import { longDateTime, plural, visibleText } from '../../domain/words/index.ts';
import { ConfirmDelete } from './ConfirmDelete.tsx';
import { ParticipantForm } from './ParticipantForm.tsx';
import { ParticipantsTable } from './ParticipantsTable.tsx';
import { deleteCohortButton, deleteCohortCommand } from './trainingCommands.ts';
import { saveResultsFile, saveStandalonePage } from './trainingFiles.ts';

export const CohortCard = memo(function CohortCard({ course, cohort, attempts }: { course: Course; cohort: TrainingCohort; attempts: TrainingAttempt[] }) {
  const { notify } = useNotices();
  const failed = (title: string) => (e: unknown) => notify({ kind: 'important', title, text: messageOf(e) });
  const remove = useCommand(deleteCohortCommand);
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="govuk-!-margin-bottom-8" aria-labelledby={`cohort-${cohort.id}`}>
      <h3 className="govuk-heading-s" id={`cohort-${cohort.id}`} tabIndex={-1}>{cohort.name}</h3>
      <p className="govuk-body-s">Started {longDateTime(cohort.createdAt)}. Modules: {attemptModules(course, cohort.moduleIds).map((m) => m.title).join('; ')}.</p>
      {attempts.length > 0
        ? <ParticipantsTable course={course} attempts={attempts} caption={`Participants in ${cohort.name}`} />
        : <p className="govuk-body">No participants in this cohort.</p>}
      <details className="govuk-details">
        <summary className="govuk-details__summary"><span className="govuk-details__summary-text">Add a participant to {cohort.name}</span></summary>
        <div className="govuk-details__text">
          <ParticipantForm id={`p-${cohort.id.slice(0, 8)}`} course={course} cohortId={cohort.id} moduleIds={cohort.moduleIds} submitLabel="Start this participant" />
        </div>
      </details>
      <div className="govuk-button-group">
        <Button variant="secondary" onClick={() => void saveStandalonePage(course, cohort).catch(failed('Could not export the web page'))}>Export web page for {cohort.name}</Button>
        <Button variant="secondary" onClick={() => void saveResultsFile(course, cohort, attempts).catch(failed('Could not export the results file'))}>Export results file for {cohort.name}</Button>
        {!confirming && <Button variant="warning" id={deleteCohortButton(cohort.id)} onClick={() => setConfirming(true)} aria-label={`Delete this cohort and its results: ${visibleText(cohort.name)}`}>Delete this cohort and its results</Button>}
      </div>
      {confirming && (
        <ConfirmDelete id={`confirm-${cohort.id}`} returnTo={deleteCohortButton(cohort.id)} confirmLabel="Yes, delete the cohort and its results"
          onCancel={() => setConfirming(false)} onConfirm={() => { setConfirming(false); void remove(cohort); }}>
          <strong>Delete the cohort “<UserText text={cohort.name} />” and the results of {plural(attempts.length, 'participant')}?</strong>{' '}
          They are removed from this computer; export the results file or the Excel results first if you still need them.
        </ConfirmDelete>
      )}
    </section>
  );
});
