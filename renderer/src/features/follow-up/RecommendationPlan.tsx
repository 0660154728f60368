/** One recommendation's part of the action plan: its heading, its actions and a way to add one. */
import { useState } from 'react';
import { hrefFor, navigate } from '../../app/router.ts';
import { Button } from '../../components/Button.tsx';
import { focusTargetId } from '../../components/useFocusTarget.ts';
import type { Action, Agency, Recommendation } from '../../domain/reviewFile.ts';
import { ActionCard } from './ActionCard.tsx';
import { ActionForm } from './ActionForm.tsx';
import { focusById } from '../../components/focus.ts';

/** "3. A place plan for the bus station", as the plan and its roll-up name a recommendation. */
export function recommendationName({ number, title }: Pick<Recommendation, 'number' | 'title'>): string {
  return `${number}. ${title.trim() || 'Untitled recommendation'}`;
}

export interface RecommendationPlanProps {
  reviewId: string;
  recommendation: Recommendation;
  /** The actions to show (already filtered). */
  actions: readonly Action[];
  agencies: readonly Agency[];
  today: string;
}

export function RecommendationPlan({ reviewId, recommendation, actions, agencies, today }: RecommendationPlanProps) {
  const [isAdding, setIsAdding] = useState(false);
  const { id, number } = recommendation;
  const headingId = `plan-recommendation-${id}`;
  const addId = `add-action-${id}`;
  const lead = agencies.find((a) => a.id === recommendation.leadAgencyId)?.name;
  const cancel = () => {
    setIsAdding(false);
    requestAnimationFrame(() => focusById(addId, 'nearest'));
  };
  // The new action is brought into view and focused through the route (see useFocusTarget).
  const added = (actionId: string) => {
    setIsAdding(false);
    navigate({ page: 'workspace', reviewId, stage: 'follow-up', focus: actionId });
  };

  return (
    <section aria-labelledby={headingId} className="app-plan-recommendation" id={focusTargetId(id)} tabIndex={-1}>
      <h3 className="govuk-heading-m govuk-!-margin-bottom-2" id={headingId}>{recommendationName(recommendation)}</h3>
      <p className="govuk-body-s govuk-!-margin-bottom-4">
        {lead && <>Lead agency: {lead}. </>}
        <a className="govuk-link" href={hrefFor({ page: 'workspace', reviewId, stage: 'recommend', focus: id })}>
          See recommendation {number} in full<span className="govuk-visually-hidden"> in the Recommend stage</span>
        </a>
      </p>
      {actions.length === 0 ? (
        <p className="govuk-body">No actions yet for this recommendation. Add the steps that will put it into practice, each with an owner and a due date.</p>
      ) : (
        <ul className="govuk-list" aria-label={`Actions for recommendation ${number}`}>
          {actions.map((action) => (
            <li key={action.id}>
              <ActionCard reviewId={reviewId} action={action} recommendation={recommendation} agencies={agencies} today={today} />
            </li>
          ))}
        </ul>
      )}
      {isAdding ? (
        <ActionForm reviewId={reviewId} recommendation={recommendation} agencies={agencies} onDone={added} onCancel={cancel} />
      ) : (
        <Button id={addId} variant="secondary" onClick={() => setIsAdding(true)}>
          Add an action<span className="govuk-visually-hidden"> to recommendation {number}</span>
        </Button>
      )}
    </section>
  );
}
