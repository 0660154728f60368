/** One engagement open for live capture: its details, its notes with the question guide beside them, and the way on. */
import { useRef, useState } from 'react';
import { hrefFor } from '../../app/router.ts';
import { Button } from '../../components/Button.tsx';
import { ENGAGEMENT_KIND_LABELS, engagementTitle } from '../../domain/engagementLabels.ts';
import type { Agency, Engagement, Review, Theme } from '../../domain/reviewFile.ts';
import { EngagementForm } from './EngagementForm.tsx';
import { EngagementPager } from './EngagementPager.tsx';
import { EngagementSummary } from './EngagementSummary.tsx';
import { NotesCapture } from './NotesCapture.tsx';
import { QuestionGuide } from './QuestionGuide.tsx';
import { formatDate } from './format.ts';
import { plural } from '../../domain/words/index.ts';
import { UserText } from '../../components/UserText.tsx';

export interface NotesViewProps {
  review: Review;
  engagement: Engagement;
  agencies: readonly Agency[];
  themes: readonly Theme[];
  previous?: Engagement | undefined;
  next?: Engagement | undefined;
}

export function NotesView({ review, engagement, agencies, themes, previous, next }: NotesViewProps) {
  const [isEditing, setIsEditing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const closeForm = () => {
    setIsEditing(false);
    heading.current?.focus();
  };
  const agencyNames = engagement.agencyIds.map((id) => agencies.find((a) => a.id === id)?.name).filter(Boolean);
  const caption = [ENGAGEMENT_KIND_LABELS[engagement.kind], formatDate(engagement.date), ...agencyNames,
    plural(engagement.participantCount, 'participant')].join(' · ');

  return (
    <section aria-labelledby="notes-heading">
      <a className="govuk-back-link govuk-!-margin-top-0" href={hrefFor({ page: 'workspace', reviewId: review.id, stage: 'engage' })}>Back to the timetable</a>
      <h2 className="govuk-heading-m govuk-!-margin-bottom-1" id="notes-heading" ref={heading} tabIndex={-1}><UserText text={engagementTitle(engagement)} /></h2>
      <p className="govuk-body-s govuk-hint">{caption}</p>
      {isEditing ? (
        <EngagementForm review={review} agencies={agencies} engagement={engagement} onDone={closeForm} onCancel={closeForm} />
      ) : (
        <details className="govuk-details">
          <summary className="govuk-details__summary"><span className="govuk-details__summary-text">Details of this engagement</span></summary>
          <div className="govuk-details__text">
            <EngagementSummary engagement={engagement} agencies={agencies} review={review} />
            <Button variant="secondary" onClick={() => setIsEditing(true)}>Change details</Button>
          </div>
        </details>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <NotesCapture key={engagement.id} engagementId={engagement.id} reviewId={review.id} />
        </div>
        <div className="govuk-grid-column-one-third">
          <QuestionGuide templateId={review.templateId} themes={themes} />
        </div>
      </div>
      <EngagementPager reviewId={review.id} previous={previous} next={next} />
    </section>
  );
}
