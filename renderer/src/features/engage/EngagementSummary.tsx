/** An engagement's details as a GOV.UK summary list, above its notes. */
import { ENGAGEMENT_KIND_LABELS } from '../../domain/engagementLabels.ts';
import type { Agency, Engagement, Review } from '../../domain/reviewFile.ts';
import { formatDate } from './format.ts';

export function EngagementSummary({ engagement, agencies, review }: { engagement: Engagement; agencies: readonly Agency[]; review: Review }) {
  const agencyName = new Map(agencies.map((a) => [a.id, a.name]));
  const reviewerName = new Map(review.reviewers.map((r) => [r.id, r.name || r.role]));
  const rows: Array<[string, string]> = [
    ['Kind', ENGAGEMENT_KIND_LABELS[engagement.kind]],
    ['Date', formatDate(engagement.date)],
    ['Agencies', engagement.agencyIds.map((id) => agencyName.get(id) ?? 'Unknown agency').join(', ') || 'None recorded'],
    ['Job roles', engagement.roles.join(', ') || 'None recorded'],
    ['Participants', String(engagement.participantCount)],
    ['Reviewers', engagement.reviewerIds.map((id) => reviewerName.get(id) ?? 'Unknown reviewer').join(', ') || 'None recorded'],
    ['Duration', engagement.durationMinutes === undefined ? 'Not recorded' : `${engagement.durationMinutes} minutes`],
  ];
  return (
    <dl className="govuk-summary-list govuk-summary-list--no-border app-engagement-summary">
      {rows.map(([key, value]) => (
        <div className="govuk-summary-list__row" key={key}>
          <dt className="govuk-summary-list__key">{key}</dt>
          <dd className="govuk-summary-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
