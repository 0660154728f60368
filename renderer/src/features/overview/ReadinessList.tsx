/**
 * A list of readiness checks: what is done, and what is missing with a link to the
 * place to put it right, item by item. Shared by the overview and the Report stage.
 */
import type { ReadinessCheck } from '../../domain/readiness.ts';
import { hrefForTarget } from './targets.ts';

/** Items listed under one check before "and N more" (the check's link shows them all). */
const ITEMS_SHOWN = 10;

const STATUS = {
  met: { text: 'Done', className: 'app-check--met' },
  required: { text: 'Missing', className: 'app-check--missing' },
  advisory: { text: 'Worth a look', className: 'app-check--advisory' },
} as const;

function CheckItem({ reviewId, check }: { reviewId: string; check: ReadinessCheck }) {
  const status = check.isMet ? STATUS.met : STATUS[check.severity];
  const shown = check.items.slice(0, ITEMS_SHOWN);
  const more = check.items.length - shown.length;
  return (
    <li className={`app-check ${status.className}`} data-check={check.id}>
      <span className="app-check__status">{status.text}<span className="govuk-visually-hidden">:</span></span>{' '}
      {check.isMet ? check.message : <a className="govuk-link" href={hrefForTarget(reviewId, check.target)}>{check.message}</a>}
      {shown.length > 0 && (
        <ul className="govuk-list govuk-list--bullet app-check__items" aria-label={check.message}>
          {shown.map((item) => (
            <li key={item.id}><a className="govuk-link" href={hrefForTarget(reviewId, item.target)}>{item.text}</a></li>
          ))}
          {more > 0 && <li><a className="govuk-link" href={hrefForTarget(reviewId, check.target)}>and {more} more</a></li>}
        </ul>
      )}
    </li>
  );
}

export function ReadinessList({ reviewId, checks, label }: { reviewId: string; checks: readonly ReadinessCheck[]; label: string }) {
  return (
    <ul className="govuk-list app-checks" aria-label={label}>
      {checks.map((check) => <CheckItem key={check.id} reviewId={reviewId} check={check} />)}
    </ul>
  );
}
