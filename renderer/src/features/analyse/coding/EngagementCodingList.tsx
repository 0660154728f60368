/** The review's engagements, each linking to its notes for coding, with how much has been coded in each. */
import { useMemo } from 'react';
import { hrefFor } from '../../../app/router.ts';
import { ShowMore, useShownPages } from '../../../components/ShowMore.tsx';
import { UserText } from '../../../components/UserText.tsx';
import { Tag } from '../../../components/Tag.tsx';
import { ENGAGEMENT_KIND_LABELS, engagementTitle } from '../../../domain/engagementLabels.ts';
import { SECTOR_LABELS } from '../../../domain/labels.ts';
import { isLost } from '../../../domain/passages.ts';
import type { Agency, Engagement, Excerpt } from '../../../domain/reviewFile.ts';
import { formatDate } from '../../engage/format.ts';

export interface EngagementCodingListProps {
  reviewId: string;
  /** In the order to list them (by date). */
  engagements: readonly Engagement[];
  agencies: readonly Agency[];
  excerpts: readonly Excerpt[];
}

/** Each engagement's passages, in one pass (filtering every passage per engagement was 135 million comparisons at 3,000 engagements). */
function passagesByEngagement(excerpts: readonly Excerpt[]): Map<string, Excerpt[]> {
  const out = new Map<string, Excerpt[]>();
  for (const x of excerpts) {
    const list = out.get(x.engagementId);
    if (list) list.push(x);
    else out.set(x.engagementId, [x]);
  }
  return out;
}

export function EngagementCodingList({ reviewId, engagements, agencies, excerpts }: EngagementCodingListProps) {
  const byEngagement = useMemo(() => passagesByEngagement(excerpts), [excerpts]);
  const pages = useShownPages(engagements.length);
  const engageHref = hrefFor({ page: 'workspace', reviewId, stage: 'engage' });
  if (engagements.length === 0) {
    return (
      <section aria-labelledby="coding-list-heading">
        <h2 className="govuk-heading-m app-coding-heading" id="coding-list-heading" tabIndex={-1}>Code passages</h2>
        <p className="govuk-body">
          No engagements yet, so there is nothing to code. <a className="govuk-link" href={engageHref}>Record interviews, workshops and focus groups in Engage</a>,
          then come back to code what practitioners said against the themes.
        </p>
      </section>
    );
  }
  const sectorOf = new Map(agencies.map((a) => [a.id, a.sector]));
  const total = excerpts.length;
  return (
    <section aria-labelledby="coding-list-heading">
      <h2 className="govuk-heading-m app-coding-heading" id="coding-list-heading" tabIndex={-1}>Code passages</h2>
      <p className="govuk-body">
        Open an engagement to read its notes and code what was said against the themes.
        {' '}{total === 0 ? 'Nothing has been coded yet.' : `${total} passage${total === 1 ? '' : 's'} coded so far.`}
      </p>
      <table className="govuk-table app-coding-list">
        <caption className="govuk-visually-hidden">Engagements to code, by date</caption>
        <thead className="govuk-table__head"><tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Engagement</th>
          <th scope="col" className="govuk-table__header">Kind</th>
          <th scope="col" className="govuk-table__header">Date</th>
          <th scope="col" className="govuk-table__header">Sectors</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Coded passages</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Not found in the notes</th>
        </tr></thead>
        <tbody className="govuk-table__body">
          {engagements.slice(0, pages.shown).map((e) => {
            const own = byEngagement.get(e.id) ?? [];
            const lost = own.filter((x) => isLost(e.notes, x)).length;
            const sectors = [...new Set(e.agencyIds.map((id) => sectorOf.get(id)).filter((s) => s !== undefined))].map((s) => SECTOR_LABELS[s]);
            return (
              <tr className="govuk-table__row" key={e.id}>
                <th scope="row" className="govuk-table__header app-coding-list__title">
                  <a className="govuk-link" href={hrefFor({ page: 'workspace', reviewId, stage: 'analyse', view: 'code', engagementId: e.id })}><UserText text={engagementTitle(e)} /></a>
                </th>
                <td className="govuk-table__cell">{ENGAGEMENT_KIND_LABELS[e.kind]}</td>
                <td className="govuk-table__cell app-nowrap">{formatDate(e.date)}</td>
                <td className="govuk-table__cell">{sectors.join(', ') || 'None recorded'}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{e.notes.trim() ? own.length : 'No notes yet'}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{lost > 0 ? <Tag text={`${lost} not found`} colour="red" /> : 'None'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ShowMore shown={pages.shown} total={engagements.length} items="engagements" onMore={pages.showMore} />
    </section>
  );
}
