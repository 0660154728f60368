/**
 * Participants and where each stands: resume an unfinished attempt, or take the certificate
 * of a finished one; and delete a participant's results (a test run, someone who withdrew).
 */
import { Fragment, memo, useState } from 'react';
import { messageOf, useNotices } from '../../app/notices.tsx';
import { useCommand } from '../../app/useCommand.ts';
import { Button } from '../../components/Button.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { SECTOR_LABELS } from '../../domain/labels.ts';
import { attemptResult, type TrainingAttempt } from '../../domain/training/attempt.ts';
import type { Course } from '../../domain/training/courseSchema.ts';
import { ConfirmDelete } from './ConfirmDelete.tsx';
import { deleteAttemptButton, deleteAttemptCommand } from './trainingCommands.ts';
import { saveCertificate } from './trainingFiles.ts';

export const ParticipantsTable = memo(function ParticipantsTable({ course, attempts, caption }: { course: Course; attempts: TrainingAttempt[]; caption: string }) {
  const { notify } = useNotices();
  const remove = useCommand(deleteAttemptCommand);
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <TableScroll label={caption}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {['Code', 'Sector', 'Role', 'Progress', ''].map((h, i) => <th key={i} scope="col" className="govuk-table__header">{h || <span className="govuk-visually-hidden">Actions</span>}</th>)}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {attempts.map((a) => {
            const result = attemptResult(course, a);
            return (
              <Fragment key={a.id}>
                <tr className="govuk-table__row">
                  <td className="govuk-table__cell">{a.participant.code}</td>
                  <td className="govuk-table__cell">{SECTOR_LABELS[a.participant.sector]}</td>
                  <td className="govuk-table__cell">{a.participant.role}</td>
                  <td className="govuk-table__cell">{result.complete ? `Finished: ${result.percent}%, ${result.passed ? 'passed' : 'not yet passed'}` : 'In progress'}</td>
                  <td className="govuk-table__cell">
                    <div className="app-inline-actions">
                      {result.complete
                        ? <Button variant="secondary" isSmall onClick={() => void saveCertificate(course, a).catch((e: unknown) => notify({ kind: 'important', title: 'Could not make the certificate', text: messageOf(e) }))}>Certificate for {a.participant.code}</Button>
                        : <a className="govuk-link" href={`#/training/attempts/${a.id}`}>Resume {a.participant.code}</a>}
                      {confirming !== a.id && <Button variant="warning" isSmall id={deleteAttemptButton(a.id)} onClick={() => setConfirming(a.id)} aria-label={`Delete ${a.participant.code}’s results`}>Delete</Button>}
                    </div>
                  </td>
                </tr>
                {confirming === a.id && (
                  // A row of its own, across the table, so the question does not squeeze the columns.
                  <tr className="govuk-table__row">
                    <td className="govuk-table__cell" colSpan={5}>
                      <ConfirmDelete id={`confirm-${a.id}`} returnTo={deleteAttemptButton(a.id)} confirmLabel={`Yes, delete ${a.participant.code}’s results`}
                        onCancel={() => setConfirming(null)} onConfirm={() => { setConfirming(null); void remove(a); }}>
                        <strong>Delete participant {a.participant.code}’s answers and result?</strong>
                      </ConfirmDelete>
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
});
