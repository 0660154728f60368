/**
 * One finding: title, kind, what was found, its strength of evidence (always shown) and
 * the passages it rests on, with actions to edit, reorder within its theme and delete.
 * While editing, the editor (its children) takes the place of the detail and evidence.
 */
import { memo, type ReactNode } from 'react';
import { focusTargetId } from '../../../components/useFocusTarget.ts';
import type { EvidenceStrength } from '../../../domain/evidence.ts';
import type { Finding } from '../../../domain/reviewFile.ts';
import { KindTag } from '../evidence/KindTag.tsx';
import type { PassageLookups } from '../evidence/passageLookups.ts';
import { QuotedPassages } from '../evidence/QuotedPassages.tsx';
import { FindingMappings } from './FindingMappings.tsx';
import { StrengthOfEvidence } from './StrengthOfEvidence.tsx';
import { UserText } from '../../../components/UserText.tsx';

export interface FindingCardProps {
  reviewId: string;
  finding: Finding;
  strength: EvidenceStrength;
  lookups: PassageLookups;
  isFirst: boolean;
  isLast: boolean;
  isEditing: boolean;
  /** What the card shows, as one string (see cardKey): an unchanged card is not redrawn. */
  cardKey: string;
  onEdit: (findingId: string) => void;
  onMove: (findingId: string, direction: -1 | 1) => void;
  onDelete: (findingId: string) => void;
  children?: ReactNode;
}

/**
 * Everything a card shows outside editing, as one string. Each snapshot of the review
 * brings new objects, so cards compare this instead: with hundreds of findings, a move
 * or an edit then redraws only the cards it changed.
 */
export function cardKey(finding: Finding, strength: EvidenceStrength, lookups: PassageLookups): string {
  const evidence = finding.excerptIds.map((id) => {
    const excerpt = lookups.excerptById.get(id);
    const engagement = excerpt && lookups.engagementById.get(excerpt.engagementId);
    return excerpt ? [excerpt.text, engagement?.title, engagement?.kind, engagement?.date] : [];
  });
  return JSON.stringify([finding, strength, evidence]);
}

/** Element ids of a finding's action buttons, so focus can be put back on them. */
export const actionId = (findingId: string, action: 'edit' | 'up' | 'down') => `finding-${findingId}-${action}`;

function FindingCardView({ reviewId, finding, strength, lookups, isFirst, isLast, isEditing, onEdit, onMove, onDelete, children }: FindingCardProps) {
  const title = finding.title.trim() || 'Untitled finding';
  const named = <span className="govuk-visually-hidden"> finding ‘{title}’</span>;
  const action = (id: string | undefined, label: ReactNode, onClick: () => void) => (
    <li className="govuk-summary-card__action">
      <button type="button" id={id} className="govuk-link app-link-button" onClick={onClick}>{label}</button>
    </li>
  );
  const evidence = finding.excerptIds.flatMap((id) => lookups.excerptById.get(id) ?? []);
  return (
    <article className="govuk-summary-card app-finding" id={focusTargetId(finding.id)} tabIndex={-1} aria-labelledby={`finding-${finding.id}-heading`}>
      <div className="govuk-summary-card__title-wrapper">
        <h4 className="govuk-summary-card__title" id={`finding-${finding.id}-heading`}><UserText text={title} /></h4>
        <ul className="govuk-summary-card__actions">
          {action(actionId(finding.id, 'edit'), <>{isEditing ? 'Done editing' : 'Edit'}{named}</>, () => onEdit(finding.id))}
          {!isFirst && action(actionId(finding.id, 'up'), <>Move{named} up</>, () => onMove(finding.id, -1))}
          {!isLast && action(actionId(finding.id, 'down'), <>Move{named} down</>, () => onMove(finding.id, 1))}
          {action(undefined, <>Delete{named}</>, () => onDelete(finding.id))}
        </ul>
      </div>
      <div className="govuk-summary-card__content">
        <p className="govuk-body govuk-!-margin-bottom-2"><KindTag kind={finding.kind} /></p>
        <StrengthOfEvidence strength={strength} />
        {isEditing ? children : (
          <>
            {finding.detail.trim() && <p className="govuk-body app-pre-wrap">{finding.detail}</p>}
            {evidence.length > 0 && (
              <>
                <h5 className="govuk-heading-s govuk-!-margin-bottom-2">Evidence</h5>
                <QuotedPassages reviewId={reviewId} passages={evidence} lookups={lookups} label={`Evidence for ‘${title}’`} />
              </>
            )}
            <FindingMappings finding={finding} />
          </>
        )}
      </div>
    </article>
  );
}

/** Redraws only when what it shows has changed; a card being edited always redraws. The callbacks must be stable. */
export const FindingCard = memo(FindingCardView, (before, after) => !before.isEditing && !after.isEditing
  && before.cardKey === after.cardKey && before.isFirst === after.isFirst && before.isLast === after.isLast && before.reviewId === after.reviewId);
