/**
 * Results for training managers: completion and scores by cohort, sector and agency,
 * before and after, the items most often missed and the choices made in scenarios;
 * Excel and xAPI exports of what is shown; and importing results files from other laptops.
 */
import { useState } from 'react';
import { messageOf, useNotices } from '../../app/notices.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { agencyGroup, attemptRows, itemAnalysis, reachedScenarioChoices, sectorGroup, summariseBy } from '../../domain/training/analysis.ts';
import { SELF_STUDY } from '../../domain/training/attempt.ts';
import type { Course } from '../../domain/training/courseSchema.ts';
import { plural } from '../../domain/words/index.ts';
import { GroupTable } from './GroupTable.tsx';
import { ItemTables } from './ItemTables.tsx';
import { importResultsFile, saveWorkbook, saveXapi } from './trainingFiles.ts';
import { useTrainingData } from './useTrainingData.ts';

const ALL = 'all';

export function ResultsPage({ course }: { course: Course }) {
  const data = useTrainingData(course);
  const { notify } = useNotices();
  const [cohortId, setCohortId] = useState(ALL);
  const [importError, setImportError] = useState('');
  const [tries, setTries] = useState(0);
  if (!data) return <PageHeading caption="Training">Results for training managers</PageHeading>;

  const attempts = cohortId === ALL ? data.attempts : data.attempts.filter((a) => a.cohortId === cohortId);
  const cohortName = new Map(data.cohorts.map((c) => [c.id, c.name]));
  const rows = attemptRows(course, attempts);
  const failed = (title: string) => (e: unknown) => notify({ kind: 'important', title, text: messageOf(e) });
  const runImport = async () => {
    try {
      const outcome = await importResultsFile(course);
      if (!outcome) return;
      setImportError('');
      notify({ kind: 'success', text: `Imported ${plural(outcome.added, 'attempt')}${outcome.unchanged ? `; ${plural(outcome.unchanged, 'attempt')} already here and unchanged` : ''}.` });
    } catch (e) {
      setImportError(messageOf(e));
      setTries((n) => n + 1);
    }
  };

  return (
    <>
      <PageHeading caption="Training">Results for training managers</PageHeading>
      <p className="govuk-body">{course.title}, version {course.version}. <a className="govuk-link" href="#/training">Back to training</a></p>
      <ErrorSummary errors={importError ? [{ href: '#import-results', text: importError }] : []} attempt={tries} />
      <div className={`govuk-form-group${importError ? ' govuk-form-group--error' : ''}`}>
        <h2 className="govuk-heading-m">Results from other laptops</h2>
        <p className="govuk-body">Import a results file saved by another laptop or by the course’s web page. A file for another course or version, or one changed or cut short, is refused and nothing changes.</p>
        {importError && <p className="govuk-error-message" id="import-results-error"><span className="govuk-visually-hidden">Error:</span> {importError}</p>}
        <Button variant="secondary" id="import-results" aria-describedby={importError ? 'import-results-error' : undefined} onClick={() => void runImport()}>Import a results file</Button>
      </div>

      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="results-cohort">Show results for</label>
        <select className="govuk-select" id="results-cohort" value={cohortId} onChange={(e) => setCohortId(e.target.value)}>
          <option value={ALL}>Every cohort and self-study</option>
          {data.cohorts.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          <option value={SELF_STUDY}>Self-study</option>
        </select>
      </div>
      <p className="govuk-body">{plural(attempts.length, 'participant')}, {rows.filter((r) => r.result.complete).length} finished.</p>
      <div className="govuk-button-group">
        <Button onClick={() => void saveWorkbook(course, data.cohorts, attempts).catch(failed('Could not export the workbook'))}>Export to Excel</Button>
        <Button variant="secondary" onClick={() => void saveXapi(course, attempts).catch(failed('Could not export the xAPI statements'))}>Export xAPI statements</Button>
      </div>

      <p className="govuk-body">Local Review deletes nothing by itself. Once you have exported the results you need, delete a participant’s results or a whole cohort on <a className="govuk-link" href="#/training">the training page</a>.</p>

      <GroupTable caption="By cohort" heading="Cohort" groups={summariseBy(rows, (a) => cohortName.get(a.cohortId) ?? 'Self-study')} />
      <GroupTable caption="By sector" heading="Sector" groups={summariseBy(rows, sectorGroup)} />
      <GroupTable caption="By agency" heading="Agency" groups={summariseBy(rows, agencyGroup)} />
      <ItemTables items={itemAnalysis(course, attempts)} choices={reachedScenarioChoices(course, attempts)} />
    </>
  );
}
