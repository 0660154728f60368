/** The Scope stage: the review's details, team, agencies in scope, theme framework, register of names and retention. */
import type { Review } from '../../domain/reviewFile.ts';
import { AgenciesSection } from './AgenciesSection.tsx';
import { NameRegisterSection } from './NameRegisterSection.tsx';
import { RetentionSection } from './RetentionSection.tsx';
import { ReviewDetailsSection } from './ReviewDetailsSection.tsx';
import { ReviewTeamSection } from './ReviewTeamSection.tsx';
import { ThemesSection } from './ThemesSection.tsx';
import { FieldFocus } from '../overview/useFieldFocus.ts';

export function ScopeStage({ review }: { review: Review }) {
  return (
    <>
      <ReviewDetailsSection review={review} />
      <ReviewTeamSection review={review} />
      <AgenciesSection reviewId={review.id} templateId={review.templateId} />
      <ThemesSection review={review} />
      <NameRegisterSection reviewId={review.id} />
      <RetentionSection review={review} />
      <FieldFocus />
    </>
  );
}
