/** Where a passage was heard — the engagement (a link to the passage in its notes), its kind and date. */
import { hrefFor } from '../../../app/router.ts';
import { ENGAGEMENT_KIND_LABELS, engagementTitle } from '../../../domain/engagementLabels.ts';
import type { Excerpt } from '../../../domain/reviewFile.ts';
import { longDate, type PassageLookups } from './passageLookups.ts';

export interface PassageSourceProps {
  reviewId: string;
  excerpt: Pick<Excerpt, 'id' | 'engagementId'>;
  lookups: PassageLookups;
}

export function PassageSource({ reviewId, excerpt, lookups }: PassageSourceProps) {
  const engagement = lookups.engagementById.get(excerpt.engagementId);
  if (!engagement) return <>From an engagement no longer in this review</>;
  const href = hrefFor({ page: 'workspace', reviewId, stage: 'analyse', view: 'code', engagementId: engagement.id, focus: excerpt.id });
  return (
    <>
      <a className="govuk-link" href={href}>{engagementTitle(engagement)}<span className="govuk-visually-hidden"> (open this passage in the notes)</span></a>
      {' · '}{ENGAGEMENT_KIND_LABELS[engagement.kind]}{' · '}<span className="app-nowrap">{longDate(engagement.date)}</span>
    </>
  );
}
