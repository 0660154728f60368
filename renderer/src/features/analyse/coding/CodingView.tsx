/**
 * The "Code passages" view of the Analyse stage: without an engagement, the engagements
 * to code; with one (`…/analyse/code/<engagementId>`), its notes open for coding. A link
 * to a passage without its engagement (`…/analyse/code?focus=<passageId>`) opens the
 * passage's engagement.
 */
import { useEffect, useRef } from 'react';
import { hrefFor, type WorkspaceRoute } from '../../../app/router.ts';
import { DEFAULT_SORT, sortEngagements } from '../../../domain/engagementSort.ts';
import type { Review } from '../../../domain/reviewFile.ts';
import { useEngagements } from '../../engage/useEngagements.ts';
import { useAgencies, useThemes } from '../../workspace/useReviewData.ts';
import { EngagementCoding } from './EngagementCoding.tsx';
import { EngagementCodingList } from './EngagementCodingList.tsx';
import { useCitationCounts, useReviewExcerpts } from './useCodingData.ts';
import './coding.scss';

export function CodingView({ review, route }: { review: Review; route: WorkspaceRoute }) {
  const engagements = useEngagements(review.id);
  const agencies = useAgencies(review.id);
  const themes = useThemes(review.id);
  const excerpts = useReviewExcerpts(review.id);
  const citations = useCitationCounts(review.id);
  // Back from an engagement to the list, focus goes to the list's heading (the link that was focused has gone).
  const lastOpenId = useRef(route.engagementId);
  useEffect(() => {
    if (lastOpenId.current !== undefined && route.engagementId === undefined) document.getElementById('coding-list-heading')?.focus();
    lastOpenId.current = route.engagementId;
  }, [route.engagementId]);
  if (!engagements || !agencies || !themes || !excerpts || !citations) return <p className="govuk-body">Loading the engagements…</p>;

  // Coding follows the timetable's default order, by date.
  const ordered = sortEngagements(engagements, DEFAULT_SORT);
  const engagementId = route.engagementId ?? excerpts.find((x) => x.id === route.focus)?.engagementId;
  if (!engagementId) return <EngagementCodingList reviewId={review.id} engagements={ordered} agencies={agencies} excerpts={excerpts} />;

  const at = ordered.findIndex((e) => e.id === engagementId);
  const engagement = ordered[at];
  if (!engagement) {
    return (
      <p className="govuk-body">
        That engagement is no longer in this review. <a className="govuk-link" href={hrefFor({ page: 'workspace', reviewId: review.id, stage: 'analyse', view: 'code' })}>See all engagements</a>
      </p>
    );
  }
  return (
    <EngagementCoding key={engagement.id} review={review} route={route} engagement={engagement} excerpts={excerpts} themes={themes}
      agencies={agencies} citations={citations} previous={ordered[at - 1]} next={ordered[at + 1]} />
  );
}
