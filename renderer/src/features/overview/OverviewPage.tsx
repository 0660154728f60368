/**
 * The page a review opens on: where it stands, the next step, the six stages as a
 * checklist of what is done and what is missing (each missing thing linked to the place
 * to put it right), and two charts.
 */
import { lazy, Suspense, useMemo } from 'react';
import { STAGES } from '../../app/stages.ts';
import { Tag } from '../../components/Tag.tsx';
import { useAfterFirstFrame } from '../../components/drawnInSlices.ts';
import { agencyCoverage } from '../../domain/agencyCoverage.ts';
import { todayDate } from '../../domain/ids.ts';
import { nextStep, stagesReadiness } from '../../domain/readiness.ts';
import { ragOf, rollUp } from '../../domain/rag.ts';
import { ACTION_STATUSES, type Review, type ReviewFile } from '../../domain/reviewFile.ts';
import { useReviewFile } from '../workspace/useReviewFile.ts';
import type { ChartRow } from './OverviewCharts.tsx';
import { ReadinessList } from './ReadinessList.tsx';
import { MergePanel } from '../merge/MergePanel.tsx';
import { QdaExchange } from '../qda/QdaExchange.tsx';
import { StageControls } from './StageControls.tsx';
import { hrefForTarget } from './targets.ts';
import { useReadinessChecks } from './useReadinessChecks.ts';
import './overview.scss';

const OverviewCharts = lazy(() => import('./OverviewCharts.tsx'));
const chartsLoading = <p className="govuk-body">Loading the charts…</p>;

const STATUS_COLOURS = { 'not-started': '#505a5f', 'on-track': '#00703c', 'at-risk': '#f47738', 'off-track': '#d4351c', complete: '#1d70b8' } as const;

/** Sessions by sector: one bar per sector in scope. */
function sessionRows(agencies: ReviewFile['agencies'], engagements: ReviewFile['engagements']): ChartRow[] {
  return agencyCoverage(agencies, engagements).sectors.map((s) => ({ label: s.label, value: s.engagements }));
}

/** The action plan by status; no bars while the plan is empty. */
function actionRows(actions: ReviewFile['actions'], today: string): ChartRow[] {
  const { counts, total } = rollUp(actions, today);
  return total === 0 ? [] : ACTION_STATUSES.map((status) => ({ label: ragOf(status).label, value: counts[status], colour: STATUS_COLOURS[status] }));
}

/** The charts, drawn a frame after the checklist, so that the two are laid out in separate tasks. */
function Charts({ sessions, actions }: { sessions: ChartRow[]; actions: ChartRow[] }) {
  const isDue = useAfterFirstFrame();
  return <Suspense fallback={chartsLoading}>{isDue ? <OverviewCharts sessions={sessions} actions={actions} /> : chartsLoading}</Suspense>;
}

export function OverviewPage({ review }: { review: Review }) {
  const file = useReviewFile(review.id);
  const today = todayDate();
  const checks = useReadinessChecks(file, today);
  // Worked out again only when their lists change, not with every write to the review.
  const agencies = file?.agencies;
  const engagements = file?.engagements;
  const actions = file?.actions;
  const sessions = useMemo(() => (agencies && engagements ? sessionRows(agencies, engagements) : []), [agencies, engagements]);
  const plan = useMemo(() => (actions ? actionRows(actions, today) : []), [actions, today]);
  if (!file || !checks) return <p className="govuk-body">Loading the overview…</p>;
  const stages = stagesReadiness(checks);
  const next = nextStep(checks);

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
      <Charts sessions={sessions} actions={plan} />
      <MergePanel review={review} />
      <QdaExchange review={review} />
    </>
  );
}
