/** A column header that sorts the timetable: a button inside, the state in aria-sort (styled by MOJ Frontend). */
import type { TimetableSort, TimetableSortKey } from '../../domain/engagementSort.ts';

export function SortableHeader({ label, column, sort, onSort }: { label: string; column: TimetableSortKey; sort: TimetableSort; onSort: (key: TimetableSortKey) => void }) {
  const isSorted = sort.key === column;
  const arrow = !isSorted ? '↕' : sort.direction === 'ascending' ? '▲' : '▼';
  return (
    <th scope="col" className="govuk-table__header" aria-sort={isSorted ? sort.direction : 'none'}>
      <button type="button" onClick={() => onSort(column)}>{label}<span aria-hidden="true" className="app-sort-arrow">{arrow}</span></button>
    </th>
  );
}
