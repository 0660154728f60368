/**
 * One recommendation as the report will state it: number, title, detail, the findings it
 * answers (each a link to the finding), who leads and partners, priority, timescale,
 * success measure and how many actions it has; with edit, move and delete.
 */
import { memo, type ReactNode } from 'react';
import { hrefFor } from '../../app/router.ts';
import { Button } from '../../components/Button.tsx';
import { Tag } from '../../components/Tag.tsx';
import { FINDING_KIND_LABELS, PRIORITY_LABELS, TIMESCALE_LABELS } from '../../domain/labels.ts';
import type { Agency, Finding, Recommendation } from '../../domain/reviewFile.ts';
import { countOf, findingTitle } from './recommendationText.ts';
import { UserText } from '../../components/UserText.tsx';

const PRIORITY_COLOURS = { high: 'red', medium: 'yellow', low: 'grey' } as const;

/** Element ids of a card's buttons, so focus can return to them after a change. */
export const buttonId = (recommendationId: string, what: 'edit' | 'up' | 'down') => `recommendation-${recommendationId}-${what}`;

export interface RecommendationCardProps {
  reviewId: string;
  recommendation: Recommendation;
  findings: ReadonlyMap<string, Finding>;
  agencies: ReadonlyMap<string, Agency>;
  actionCount: number;
  isFirst: boolean;
  isLast: boolean;
  // Given the recommendation back, so the stage can pass the same functions to every card.
  onEdit: (recommendation: Recommendation) => void;
  onMove: (recommendation: Recommendation, direction: -1 | 1) => void;
  onDelete: (recommendation: Recommendation, isLast: boolean) => void;
}

/**
 * Memoised: the stage's snapshot keeps unchanged recommendations, findings and agencies
 * identical between saves, so a save re-renders only the cards it changed.
 */
export const RecommendationCard = memo(function RecommendationCard({ reviewId, recommendation: r, findings, agencies, actionCount, isFirst, isLast, onEdit, onMove, onDelete }: RecommendationCardProps) {
  const agencyName = (id: string) => agencies.get(id)?.name ?? 'Agency no longer in scope';
  const answers = r.findingIds.map((id) => findings.get(id)).filter((f): f is Finding => f !== undefined);
  const row = (key: string, value: ReactNode) => (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{key}</dt>
      <dd className="govuk-summary-list__value">{value}</dd>
    </div>
  );
  const name = `recommendation ${r.number}`;
  return (
    <>
      <h3 className="govuk-heading-m" id={`recommendation-${r.id}-heading`}>
        <span className="govuk-caption-m">Recommendation {r.number}<span className="govuk-visually-hidden">:</span></span>
        {' '}<UserText text={r.title.trim() || 'Untitled recommendation'} />
      </h3>
      {r.detail.trim() && <p className="govuk-body app-preserve-lines">{r.detail}</p>}
      <dl className="govuk-summary-list govuk-summary-list--no-border app-recommendation__facts">
        {row('Answers', answers.length === 0 ? 'No findings chosen' : (
          <ul className="govuk-list">
            {answers.map((f) => (
              <li key={f.id}>
                <a className="govuk-link" href={hrefFor({ page: 'workspace', reviewId, stage: 'analyse', view: 'findings', focus: f.id })}>{findingTitle(f)}</a>
                <span className="govuk-body-s app-secondary-text"> ({FINDING_KIND_LABELS[f.kind].toLowerCase()})</span>
              </li>
            ))}
          </ul>
        ))}
        {row('Lead agency', agencyName(r.leadAgencyId))}
        {row('Partner agencies', r.partnerAgencyIds.length === 0 ? 'None' : r.partnerAgencyIds.map(agencyName).join(', '))}
        {row('Priority', <Tag text={PRIORITY_LABELS[r.priority]} colour={PRIORITY_COLOURS[r.priority]} />)}
        {row('Timescale', TIMESCALE_LABELS[r.timescale])}
        {row('Success measure', r.successMeasure?.trim() ? <span className="app-preserve-lines">{r.successMeasure}</span> : 'Not set yet')}
        {row('Actions', actionCount === 0 ? 'No actions yet' : (
          <a className="govuk-link" href={hrefFor({ page: 'workspace', reviewId, stage: 'follow-up', focus: r.id })}>{countOf(actionCount, 'action')}<span className="govuk-visually-hidden"> for {name}, in Follow-up</span></a>
        ))}
      </dl>
      <div className="app-inline-actions">
        <Button variant="secondary" id={buttonId(r.id, 'edit')} onClick={() => onEdit(r)}>Change<span className="govuk-visually-hidden"> {name}</span></Button>
        <Button variant="secondary" id={buttonId(r.id, 'up')} disabled={isFirst} onClick={() => onMove(r, -1)}>Move<span className="govuk-visually-hidden"> {name}</span> up</Button>
        <Button variant="secondary" id={buttonId(r.id, 'down')} disabled={isLast} onClick={() => onMove(r, 1)}>Move<span className="govuk-visually-hidden"> {name}</span> down</Button>
        <Button variant="warning" onClick={() => onDelete(r, isLast)}>Delete<span className="govuk-visually-hidden"> {name}</span></Button>
      </div>
    </>
  );
});
