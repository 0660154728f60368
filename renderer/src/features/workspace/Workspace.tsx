/** The review workspace: stage navigation, the saved-state line and the current stage. */
import { useEffect } from 'react';
import { PageHeading } from '../../components/PageHeading.tsx';
import type { WorkspaceRoute } from '../../app/router.ts';
import { SaveStatusLine } from '../../app/saveStatus.tsx';
import { SCREENS } from '../../app/stages.ts';
import { AnalyseStage } from '../analyse/AnalyseStage.tsx';
import { EngageStage } from '../engage/EngageStage.tsx';
import { FollowUpStage } from '../follow-up/FollowUpStage.tsx';
import { NetworksPage } from '../networks/NetworksPage.tsx';
import { OverviewPage } from '../overview/OverviewPage.tsx';
import { StageFollowsWork } from '../overview/StageFollowsWork.tsx';
import { StageHelp } from '../overview/StageHelp.tsx';
import { RecommendStage } from '../recommend/RecommendStage.tsx';
import { ReportStage } from '../report/ReportStage.tsx';
import { ScopeStage } from '../scope/ScopeStage.tsx';
import { ReviewSearch } from '../search/ReviewSearch.tsx';
import { StageNavigation } from './StageNavigation.tsx';
import { useReview } from './useReviewData.ts';
import { useReviewReadProgress } from './useReviewFile.ts';
import type { ReadProgress } from '../../db/reviewSnapshots.ts';
import type { Review } from '../../domain/reviewFile.ts';
import { UserText } from '../../components/UserText.tsx';

export function Workspace({ route }: { route: WorkspaceRoute }) {
  const { reviewId, stage } = route;
  const review = useReview(reviewId);
  const progress = useReviewReadProgress(reviewId);
  // While a large review is first read, its own row (read first) gives the heading and the
  // stages, so the workspace is there at once and says how far the read has got.
  const shown = review ?? progress?.review;
  const stageInfo = SCREENS.find((s) => s.id === stage)!;
  // The stage only, never the review: the title is kept in the browser's history and the
  // window list, outside the encrypted store.
  useEffect(() => {
    document.title = `${stageInfo.name} – Local Review`;
  }, [stageInfo.name]);

  if (review === null) {
    return (
      <>
        <PageHeading>Review not found</PageHeading>
        <p className="govuk-body">This review is not on this computer. It may have been deleted.</p>
        <p className="govuk-body"><a className="govuk-link" href="#/">Back to reviews</a></p>
      </>
    );
  }
  if (!shown) return <ReviewLoading progress={progress} />;
  return (
    <>
      <a href="#/" className="govuk-back-link">All reviews</a>
      <PageHeading caption={<><UserText text={shown.title} /> · {shown.protectiveMarking}</>}>{stageInfo.name}</PageHeading>
      <div className="app-layout">
        <div className="app-layout__nav"><StageNavigation reviewId={reviewId} current={stage} /></div>
        <div className="app-layout__main">
          {review ? <Stage review={review} route={route} /> : <ReviewLoading progress={progress} />}
        </div>
      </div>
    </>
  );
}

/** The stage's screen, under the search and the saved-state line. */
function Stage({ review, route }: { review: Review; route: WorkspaceRoute }) {
  const { reviewId, stage } = route;
  return (
    <>
      <ReviewSearch reviewId={reviewId} />
      <SaveStatusLine />
      <StageFollowsWork review={review} />
      <StageHelp stage={stage} />
      {stage === 'overview' && <OverviewPage review={review} />}
      {stage === 'scope' && <ScopeStage review={review} />}
      {stage === 'engage' && <EngageStage review={review} />}
      {stage === 'analyse' && <AnalyseStage review={review} route={route} />}
      {stage === 'recommend' && <RecommendStage review={review} route={route} />}
      {stage === 'report' && <ReportStage review={review} />}
      {stage === 'follow-up' && <FollowUpStage review={review} route={route} />}
      {stage === 'networks' && <NetworksPage review={review} />}
    </>
  );
}

/** While a review is first read: how far it has got, for a large review that takes seconds. */
function ReviewLoading({ progress }: { progress: ReadProgress | undefined }) {
  const text = progress && progress.total > 0
    ? `Loading the review: ${progress.read.toLocaleString('en-GB')} of ${progress.total.toLocaleString('en-GB')} records read…`
    : 'Loading the review…';
  return <p className="govuk-body" role="status">{text}</p>;
}
