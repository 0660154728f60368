/** An action's dated updates, newest first, folded away in a details element; each can be removed. */
import { historyNewestFirst } from '../../domain/actionPlan.ts';
import type { ActionUpdate } from '../../domain/reviewFile.ts';
import { longDate } from '../../domain/words/index.ts';
import { StatusTag } from './StatusTag.tsx';

export interface UpdateHistoryProps {
  updates: readonly ActionUpdate[];
  onRemove: (index: number, update: ActionUpdate) => void;
}

export function UpdateHistory({ updates, onRemove }: UpdateHistoryProps) {
  if (updates.length === 0) return null;
  return (
    <details className="govuk-details govuk-!-margin-bottom-0 govuk-!-margin-top-4">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Update history ({updates.length})</span>
      </summary>
      <div className="govuk-details__text">
        <ol className="govuk-list app-update-history" aria-label="Updates, newest first">
          {historyNewestFirst(updates).map(({ update, index }) => {
            const date = longDate(update.date);
            return (
              <li key={`${index}-${update.date}`} className="app-update-history__item">
                <p className="govuk-body govuk-!-margin-bottom-1"><strong>{date}</strong> <StatusTag status={update.status} /></p>
                <p className="govuk-body govuk-!-margin-bottom-1 app-pre-line">{update.note}</p>
                <button type="button" className="govuk-link app-link-button govuk-body-s" onClick={() => onRemove(index, update)}>
                  Remove<span className="govuk-visually-hidden"> the update of {date}</span>
                </button>
              </li>
            );
          })}
        </ol>
      </div>
    </details>
  );
}
