/**
 * One action as a GOV.UK summary card: what, who owns it, when it is due (flagged when
 * overdue), its status and latest update; with change, delete, add-an-update and the
 * update history. Its id is `item-<actionId>` so links and search can bring it into view.
 */
import { useRef, useState, type ReactNode } from 'react';
import { Button } from '../../components/Button.tsx';
import { focusTargetId } from '../../components/useFocusTarget.ts';
import { latestUpdate } from '../../domain/actionPlan.ts';
import { isOverdue } from '../../domain/rag.ts';
import type { Action, Agency, Recommendation } from '../../domain/reviewFile.ts';
import { ActionForm } from './ActionForm.tsx';
import { longDate } from '../../domain/words/index.ts';
import { OverdueTag, StatusTag } from './StatusTag.tsx';
import { UpdateForm } from './UpdateForm.tsx';
import { UpdateHistory } from './UpdateHistory.tsx';
import { usePlanRemovals } from './usePlanRemovals.ts';
import { UserText } from '../../components/UserText.tsx';

export interface ActionCardProps {
  reviewId: string;
  action: Action;
  recommendation: Recommendation;
  agencies: readonly Agency[];
  today: string;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

export function ActionCard({ reviewId, action, recommendation, agencies, today }: ActionCardProps) {
  const [mode, setMode] = useState<'view' | 'change' | 'update'>('view');
  const card = useRef<HTMLElement>(null);
  const { removeAction, removeUpdate } = usePlanRemovals();
  const overdue = isOverdue(action, today);
  const latest = latestUpdate(action);
  const owner = agencies.find((a) => a.id === action.ownerAgencyId)?.name ?? 'An agency no longer in scope';
  const titleId = `${focusTargetId(action.id)}-title`;
  const about = <span className="govuk-visually-hidden"> action: {action.description}</span>;
  // Closing a form returns focus to the card, so keyboard users stay where they were.
  const close = () => { setMode('view'); card.current?.focus(); };

  return (
    <article id={focusTargetId(action.id)} tabIndex={-1} ref={card} aria-labelledby={titleId}
      className={`govuk-summary-card app-action${overdue ? ' app-action--overdue' : ''}`}>
      <div className="govuk-summary-card__title-wrapper">
        <h4 className="govuk-summary-card__title app-pre-line" id={titleId}><UserText text={action.description} /></h4>
        <ul className="govuk-summary-card__actions">
          <li className="govuk-summary-card__action">
            <button type="button" className="govuk-link app-link-button" onClick={() => setMode('change')}>Change{about}</button>
          </li>
          <li className="govuk-summary-card__action">
            <button type="button" className="govuk-link app-link-button" onClick={() => void removeAction(action)}>Delete{about}</button>
          </li>
        </ul>
      </div>
      <div className="govuk-summary-card__content">
        {mode === 'change' ? (
          <ActionForm reviewId={reviewId} recommendation={recommendation} agencies={agencies} action={action} onDone={close} onCancel={close} />
        ) : (
          <dl className="govuk-summary-list">
            <Row label="Owner">{owner}</Row>
            <Row label="Due date">
              {action.dueDate ? longDate(action.dueDate) : 'No due date agreed'}
              {overdue && <> <OverdueTag /></>}
            </Row>
            <Row label="Status"><StatusTag status={action.status} /></Row>
            <Row label="Latest update">
              {latest ? <><strong>{longDate(latest.date)}:</strong> <span className="app-pre-line">{latest.note}</span></> : 'No updates yet'}
            </Row>
          </dl>
        )}
        {mode === 'update' && <UpdateForm action={action} title={action.description} today={today} onDone={close} onCancel={close} />}
        {mode === 'view' && (
          <Button variant="secondary" isSmall className="govuk-!-margin-bottom-0" onClick={() => setMode('update')}>
            Add an update<span className="govuk-visually-hidden"> to: {action.description}</span>
          </Button>
        )}
        <UpdateHistory updates={action.updates} onRemove={(index, update) => void removeUpdate(action, index, update)} />
      </div>
    </article>
  );
}
