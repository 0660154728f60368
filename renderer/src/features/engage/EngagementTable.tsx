/** The timetable as a table: sortable by date, kind and title; each title opens the notes. */
import { hrefFor } from '../../app/router.ts';
import { Button } from '../../components/Button.tsx';
import { ENGAGEMENT_KIND_LABELS, engagementTitle } from '../../domain/engagementLabels.ts';
import type { TimetableSort, TimetableSortKey } from '../../domain/engagementSort.ts';
import type { Agency, Engagement } from '../../domain/reviewFile.ts';
import { formatDate, wordCount } from './format.ts';
import { SortableHeader } from './SortableHeader.tsx';
import { plural } from '../../domain/words/index.ts';
import { TableScroll } from '../../components/TableScroll.tsx';
import { UserText } from '../../components/UserText.tsx';

export interface EngagementTableProps {
  reviewId: string;
  engagements: readonly Engagement[];
  agencies: readonly Agency[];
  sort: TimetableSort;
  onSort: (key: TimetableSortKey) => void;
  onDelete: (engagement: Engagement) => void;
}

export function EngagementTable({ reviewId, engagements, agencies, sort, onSort, onDelete }: EngagementTableProps) {
  const agencyName = new Map(agencies.map((a) => [a.id, a.name]));
  const header = { sort, onSort };
  return (
    // A wide timetable scrolls inside its own focusable region instead of widening the page.
    <TableScroll label="Engagement timetable">
    <table className="govuk-table app-timetable app-table--compact">
      <caption className="govuk-visually-hidden">Engagements, sorted by {sort.key} ({sort.direction})</caption>
      <thead className="govuk-table__head"><tr className="govuk-table__row">
        <SortableHeader label="Date" column="date" {...header} />
        <SortableHeader label="Kind" column="kind" {...header} />
        <SortableHeader label="Title" column="title" {...header} />
        <th scope="col" className="govuk-table__header">Agencies</th>
        <th scope="col" className="govuk-table__header">Job roles</th>
        <th scope="col" className="govuk-table__header govuk-table__header--numeric">Participants</th>
        <th scope="col" className="govuk-table__header">Notes</th>
        <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Actions</span></th>
      </tr></thead>
      <tbody className="govuk-table__body">
        {engagements.map((e) => {
          const title = engagementTitle(e);
          const words = wordCount(e.notes);
          return (
            <tr className="govuk-table__row" key={e.id}>
              <td className="govuk-table__cell app-nowrap">{formatDate(e.date)}</td>
              <td className="govuk-table__cell app-nowrap">{ENGAGEMENT_KIND_LABELS[e.kind]}</td>
              <td className="govuk-table__cell app-cell--text">
                <a className="govuk-link" href={hrefFor({ page: 'workspace', reviewId, stage: 'engage', engagementId: e.id })}><UserText text={title} /></a>
              </td>
              <td className="govuk-table__cell app-cell--text">{e.agencyIds.length ? <UserText text={e.agencyIds.map((id) => agencyName.get(id) ?? 'Unknown agency').join(', ')} /> : 'None recorded'}</td>
              <td className="govuk-table__cell app-cell--text">{e.roles.length ? <UserText text={e.roles.join(', ')} /> : 'None recorded'}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{e.participantCount}</td>
              <td className="govuk-table__cell app-nowrap">{words === 0 ? 'No notes yet' : plural(words, 'word')}</td>
              <td className="govuk-table__cell">
                <Button variant="secondary" isSmall onClick={() => onDelete(e)}>Delete<span className="govuk-visually-hidden"> {title}</span></Button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
    </TableScroll>
  );
}
