/** GOV.UK "previous and next" pagination between engagements, in the timetable's order. */
import { hrefFor } from '../../app/router.ts';
import { engagementTitle } from '../../domain/engagementLabels.ts';
import type { Engagement } from '../../domain/reviewFile.ts';
import { UserText } from '../../components/UserText.tsx';

interface PagerProps {
  reviewId: string;
  previous?: Engagement | undefined;
  next?: Engagement | undefined;
  /** Where a link goes; the engagement's notes in Engage unless given (Analyse links to its coding view). */
  hrefOf?: (engagementId: string) => string;
}

const arrow = (d: string) => (
  <svg className={`govuk-pagination__icon govuk-pagination__icon--${d === 'M' ? 'prev' : 'next'}`} xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
    <path d={d === 'M' ? 'm6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z' : 'm8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z'} />
  </svg>
);

export function EngagementPager({ reviewId, previous, next, hrefOf }: PagerProps) {
  if (!previous && !next) return null;
  const href = hrefOf ?? ((engagementId: string) => hrefFor({ page: 'workspace', reviewId, stage: 'engage', engagementId }));
  const link = (engagement: Engagement, rel: 'prev' | 'next') => (
    <div className={`govuk-pagination__${rel}`}>
      <a className="govuk-link govuk-pagination__link" rel={rel} href={href(engagement.id)}>
        {rel === 'prev' ? arrow('M') : arrow('N')}
        <span className="govuk-pagination__link-title">{rel === 'prev' ? 'Previous' : 'Next'}<span className="govuk-visually-hidden"> engagement</span></span>
        <span className="govuk-visually-hidden">:</span>
        <span className="govuk-pagination__link-label"><UserText text={engagementTitle(engagement)} /></span>
      </a>
    </div>
  );
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label="Engagements">
      {previous && link(previous, 'prev')}
      {next && link(next, 'next')}
    </nav>
  );
}
