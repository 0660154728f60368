/**
 * The Follow-up stage: the action plan under each recommendation, with owners, due dates,
 * RAG status and dated updates, plus roll-ups by recommendation and by owner agency.
 * Overdue is judged against today's date each time the screen renders.
 */
import { useMemo, useState } from 'react';
import { ShowMore, useShownPages } from '../../components/ShowMore.tsx';
import { useDrawnInSlices } from '../../components/drawnInSlices.ts';
import { hrefFor, type WorkspaceRoute } from '../../app/router.ts';
import { useFocusTarget } from '../../components/useFocusTarget.ts';
import { actionsByRecommendation, filterActions, isFiltering, type ActionFilter } from '../../domain/actionPlan.ts';
import { todayDate } from '../../domain/ids.ts';
import { rollUp, rollUpByAgency, rollUpByRecommendation, summariseRollUp } from '../../domain/rag.ts';
import type { Review } from '../../domain/reviewFile.ts';
import { ActionFilters } from './ActionFilters.tsx';
import { RollUpTable } from './ProgressTables.tsx';
import { RecommendationPlan, recommendationName } from './RecommendationPlan.tsx';
import { RagTag } from './StatusTag.tsx';
import { useActionPlan } from './useActionPlan.ts';
import './follow-up.scss';
import { plural } from '../../domain/words/index.ts';

/** Recommendations' plans drawn at a time: each holds its actions (three on average), so fewer than a list's page. */
const PLANS_PER_PAGE = 40;
/** Plans drawn in one task as the page opens (see drawnInSlices.ts). */
const PLANS_PER_SLICE = 10;

export function FollowUpStage({ review, route }: { review: Review; route: WorkspaceRoute }) {
  const plan = useActionPlan(review.id);
  const [filter, setFilter] = useState<ActionFilter>({});
  useFocusTarget(route.focus, plan !== undefined);
  // A link to an action (or recommendation) needs its recommendation's plan drawn.
  const focusIndex = useMemo(() => {
    if (!plan || !route.focus) return -1;
    const recommendationId = plan.actions.find((a) => a.id === route.focus)?.recommendationId ?? route.focus;
    return plan.recommendations.findIndex((r) => r.id === recommendationId);
  }, [plan, route.focus]);
  const pages = useShownPages(plan?.recommendations.length ?? 0, focusIndex, PLANS_PER_PAGE);
  // The page's plans are drawn a slice at a time (the plan a link asks for in the first).
  const drawnPlans = useDrawnInSlices(pages.shown, { slice: PLANS_PER_SLICE, mustDraw: focusIndex + 1 });
  if (!plan) return <p className="govuk-body">Loading the action plan…</p>;

  if (plan.recommendations.length === 0) {
    return (
      <section aria-labelledby="plan-heading" className="app-stage-placeholder">
        <h2 className="govuk-heading-m" id="plan-heading">No recommendations yet</h2>
        <p className="govuk-body">
          The action plan is built on the review’s recommendations: each action puts one of them into practice. Write the
          recommendations first, then come back here to add their actions, owners and due dates.
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href={hrefFor({ page: 'workspace', reviewId: review.id, stage: 'recommend' })}>Go to the Recommend stage</a>
        </p>
      </section>
    );
  }

  const today = todayDate();
  const overall = rollUp(plan.actions, today);
  const shown = filterActions(plan.actions, filter, today);
  const filtering = isFiltering(filter);
  // While filtering, recommendations with nothing to show are left out rather than listed empty.
  const groups = actionsByRecommendation(plan.recommendations, shown).filter((g) => !filtering || g.actions.length > 0);
  return (
    <>
      <section aria-labelledby="progress-heading">
        <h2 className="govuk-heading-m" id="progress-heading">Progress</h2>
        <p className="govuk-body-l govuk-!-margin-bottom-2" data-testid="plan-summary">{summariseRollUp(overall)}</p>
        <p className="govuk-body">Overall rating: <RagTag rating={overall.overall} /></p>
        {plan.actions.length > 0 && (
          <details className="govuk-details" open>
            <summary className="govuk-details__summary"><span className="govuk-details__summary-text">Progress by recommendation and by agency</span></summary>
            <div className="govuk-details__text">
              <p className="govuk-body-s">An overdue action counts as off track in the overall rating, whatever its recorded status.</p>
              <RollUpTable caption="Progress by recommendation" firstColumn="Recommendation" items="recommendations"
                rows={rollUpByRecommendation(plan, today).map((r) => ({ key: r.recommendation.id, name: recommendationName(r.recommendation), rollUp: r.rollUp }))} />
              <RollUpTable caption="Progress by owner agency" firstColumn="Owner agency" items="agencies"
                rows={rollUpByAgency(plan, today).map((r) => ({ key: r.agency.id, name: r.agency.name, rollUp: r.rollUp }))} />
            </div>
          </details>
        )}
      </section>
      <section aria-labelledby="plan-heading">
        <h2 className="govuk-heading-m" id="plan-heading">Action plan</h2>
        {plan.actions.length > 0 && <ActionFilters filter={filter} agencies={plan.agencies} onChange={setFilter} />}
        <p className="govuk-body" role="status">
          {filtering ? `Showing ${shown.length} of ${plural(plan.actions.length, 'action')}.` : ''}
        </p>
        {filtering && shown.length === 0 && <p className="govuk-body">No actions match these filters.</p>}
        {groups.slice(0, drawnPlans).map(({ recommendation, actions }) => (
          <RecommendationPlan key={recommendation.id} reviewId={review.id} recommendation={recommendation} actions={actions}
            agencies={plan.agencies} today={today} />
        ))}
        <ShowMore shown={Math.min(pages.shown, groups.length)} total={groups.length} items="recommendations’ plans" onMore={pages.showMore} pageSize={PLANS_PER_PAGE} />
      </section>
    </>
  );
}
