/**
 * The page a review opens on: where it stands, the next step, the six stages as a
 * checklist of what is done and what is missing (each missing thing linked to the place
 * to put it right), and two charts.
 */
import { lazy, Suspense, useMemo } from 'react';
import { STAGES } from '../../app/stages.ts';
import { Tag } from '../../components/Tag.tsx';
import { agencyCoverage } from '../../domain/agencyCoverage.ts';
import { todayDate } from '../../domain/ids.ts';
import { nextStep, readinessChecks, stagesReadiness } from '../../domain/readiness.ts';
import { ragOf, rollUp } from '../../domain/rag.ts';
import { ACTION_STATUSES, type Review, type ReviewFile } from '../../domain/reviewFile.ts';
import { useReviewFile } from '../workspace/useReviewFile.ts';
import type { ChartRow } from './OverviewCharts.tsx';
import { ReadinessList } from './ReadinessList.tsx';
import { MergePanel } from '../merge/MergePanel.tsx';
import { QdaExchange } from '../qda/QdaExchange.tsx';
import { StageControls } from './StageControls.tsx';
import { hrefForTarget } from './targets.ts';
import './overview.scss';

const OverviewCharts = lazy(() => import('./OverviewCharts.tsx'));

const STATUS_COLOURS = { 'not-started': '#505a5f', 'on-track': '#00703c', 'at-risk': '#f47738', 'off-track': '#d4351c', complete: '#1d70b8' } as const;

function chartRows(file: ReviewFile, today: string): { sessions: ChartRow[]; actions: ChartRow[] } {
  const sessions = agencyCoverage(file.agencies, file.engagements).sectors.map((s) => ({ label: s.label, value: s.engagements }));
  const { counts, total } = rollUp(file.actions, today);
  const actions = total === 0 ? [] : ACTION_STATUSES.map((status) => ({ label: ragOf(status).label, value: counts[status], colour: STATUS_COLOURS[status] }));
  return { sessions, actions };
}

export function OverviewPage({ review }: { review: Review }) {
  const file = useReviewFile(review.id);
  const today = todayDate();
  const checks = useMemo(() => (file ? readinessChecks(file, today) : undefined), [file, today]);
  if (!file || !checks) return <p className="govuk-body">Loading the overview…</p>;
  const stages = stagesReadiness(checks);
  const next = nextStep(checks);
  const { sessions, actions } = chartRows(file, today);

  return (
    <>
      <StageControls review={review} />
      <div className="govuk-inset-text" data-testid="next-step">
        <h2 className="govuk-heading-s govuk-!-margin-bottom-1">Next step</h2>
        {next
          ? <p className="govuk-body govuk-!-margin-bottom-0"><a className="govuk-link" href={hrefForTarget(review.id, next.target)}>{next.message}</a></p>
          : <p className="govuk-body govuk-!-margin-bottom-0">Nothing is missing. Keep the action plan up to date until every action is complete.</p>}
      </div>
      <section aria-labelledby="checklist-heading">
        <h2 className="govuk-heading-m" id="checklist-heading">The six stages</h2>
        <ol className="govuk-list app-stage-checklist">
          {stages.map(({ stage, isDone, checks: own }, i) => {
            const info = STAGES.find((s) => s.id === stage)!;
            return (
              <li key={stage} className="app-stage-checklist__stage">
                <h3 className="govuk-heading-s govuk-!-margin-bottom-1" id={`checklist-${stage}`}>
                  {i + 1}. <a className="govuk-link" href={hrefForTarget(review.id, { stage })}>{info.name}</a>{' '}
                  <Tag text={isDone ? 'Done' : 'To do'} colour={isDone ? 'green' : 'grey'} />
                </h3>
                <p className="govuk-body-s app-stage-checklist__help">{info.help}</p>
                <ReadinessList reviewId={review.id} checks={own} label={`Checks for ${info.name}`} />
              </li>
            );
          })}
        </ol>
      </section>
      <Suspense fallback={<p className="govuk-body">Loading the charts…</p>}>
        <OverviewCharts sessions={sessions} actions={actions} />
      </Suspense>
      <MergePanel review={review} />
      <QdaExchange review={review} />
    </>
  );
}
