/** A finished attempt: the score per module, the check before and after, pass or not, the certificate. */
import { messageOf, useNotices } from '../../app/notices.tsx';
import { Button } from '../../components/Button.tsx';
import { attemptResult, type TrainingAttempt } from '../../domain/training/attempt.ts';
import type { Course } from '../../domain/training/courseSchema.ts';
import { percent } from '../../domain/training/scoring.ts';
import { saveCertificate } from './trainingFiles.ts';

export function AttemptResultPanel({ course, attempt }: { course: Course; attempt: TrainingAttempt }) {
  const { notify } = useNotices();
  const result = attemptResult(course, attempt);
  return (
    <>
      <div className="govuk-panel govuk-panel--confirmation">
        <h2 className="govuk-panel__title">{result.passed ? 'Passed' : 'Not yet passed'}</h2>
        <div className="govuk-panel__body">{result.score.correct} of {result.score.total} right ({result.percent}%); the pass mark is {course.passMark}%</div>
      </div>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Score per module</caption>
        <thead className="govuk-table__head"><tr className="govuk-table__row"><th scope="col" className="govuk-table__header">Module</th><th scope="col" className="govuk-table__header govuk-table__header--numeric">Right</th><th scope="col" className="govuk-table__header govuk-table__header--numeric">Per cent</th></tr></thead>
        <tbody className="govuk-table__body">
          {result.byModule.map(({ module, score }) => (
            <tr className="govuk-table__row" key={module.id}>
              <th scope="row" className="govuk-table__header">{module.title}</th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{score.correct} of {score.total}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{percent(score)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="govuk-body">Short check: {result.pre.correct} of {result.pre.total} right before the course, {result.post.correct} of {result.post.total} after.</p>
      <div className="govuk-button-group">
        <Button onClick={() => void saveCertificate(course, attempt).catch((e: unknown) => notify({ kind: 'important', title: 'Could not make the certificate', text: messageOf(e) }))}>Download certificate</Button>
        <a className="govuk-link" href="#/training">Back to training</a>
      </div>
    </>
  );
}
