/** One cohort: its modules, participants and progress, adding the next participant, and its files. */
import { memo } from 'react';
import { messageOf, useNotices } from '../../app/notices.tsx';
import { Button } from '../../components/Button.tsx';
import { attemptModules, type TrainingAttempt, type TrainingCohort } from '../../domain/training/attempt.ts';
import type { Course } from '../../domain/training/courseSchema.ts';
import { longDateTime } from '../../domain/words/index.ts';
import { ParticipantForm } from './ParticipantForm.tsx';
import { ParticipantsTable } from './ParticipantsTable.tsx';
import { saveResultsFile, saveStandalonePage } from './trainingFiles.ts';

export const CohortCard = memo(function CohortCard({ course, cohort, attempts }: { course: Course; cohort: TrainingCohort; attempts: TrainingAttempt[] }) {
  const { notify } = useNotices();
  const failed = (title: string) => (e: unknown) => notify({ kind: 'important', title, text: messageOf(e) });
  return (
    <section className="govuk-!-margin-bottom-8" aria-labelledby={`cohort-${cohort.id}`}>
      <h3 className="govuk-heading-s" id={`cohort-${cohort.id}`} tabIndex={-1}>{cohort.name}</h3>
      <p className="govuk-body-s">Started {longDateTime(cohort.createdAt)}. Modules: {attemptModules(course, cohort.moduleIds).map((m) => m.title).join('; ')}.</p>
      {attempts.length > 0
        ? <ParticipantsTable course={course} attempts={attempts} caption={`Participants in ${cohort.name}`} />
        : <p className="govuk-body">No participants yet.</p>}
      <details className="govuk-details">
        <summary className="govuk-details__summary"><span className="govuk-details__summary-text">Add a participant to {cohort.name}</span></summary>
        <div className="govuk-details__text">
          <ParticipantForm id={`p-${cohort.id.slice(0, 8)}`} course={course} cohortId={cohort.id} moduleIds={cohort.moduleIds} submitLabel="Start this participant" />
        </div>
      </details>
      <div className="govuk-button-group">
        <Button variant="secondary" onClick={() => void saveStandalonePage(course, cohort).catch(failed('Could not export the web page'))}>Export web page for {cohort.name}</Button>
        <Button variant="secondary" onClick={() => void saveResultsFile(course, cohort, attempts).catch(failed('Could not export the results file'))}>Export results file for {cohort.name}</Button>
      </div>
    </section>
  );
});
