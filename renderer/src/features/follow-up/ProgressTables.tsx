/**
 * Roll-ups of the action plan: counts per status, overdue and overall RAG, by
 * recommendation and by owner agency. Drawn a page at a time like every long list: a
 * large review's 3,000-row table took a second to lay out.
 */
import type { ReactNode } from 'react';
import { ragOf, type RollUp } from '../../domain/rag.ts';
import { ACTION_STATUSES } from '../../domain/reviewFile.ts';
import { RagTag } from './StatusTag.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { ShowMore, useShownPages } from '../../components/ShowMore.tsx';
import { useDrawnInSlices } from '../../components/drawnInSlices.ts';

interface RollUpRow {
  key: string;
  name: ReactNode;
  rollUp: RollUp;
}

/** `items` names the rows in the plural, for the "Show more" button. */
export function RollUpTable({ caption, firstColumn, rows, items }: { caption: string; firstColumn: string; rows: readonly RollUpRow[]; items: string }) {
  const numeric = 'govuk-table__cell govuk-table__cell--numeric';
  const { shown, showMore } = useShownPages(rows.length);
  // The page's rows are drawn a slice at a time, so the table's layout is never one long task.
  const drawnRows = useDrawnInSlices(shown, { slice: 25 });
  return (
    <>
      <TableScroll label={caption}>
        <table className="govuk-table app-rollup">
          <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
          <thead className="govuk-table__head"><tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">{firstColumn}</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Actions</th>
            {ACTION_STATUSES.map((s) => <th key={s} scope="col" className="govuk-table__header govuk-table__header--numeric">{ragOf(s).label}</th>)}
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Overdue</th>
            <th scope="col" className="govuk-table__header">Overall</th>
          </tr></thead>
          <tbody className="govuk-table__body">
            {rows.slice(0, drawnRows).map(({ key, name, rollUp }) => (
              <tr className="govuk-table__row" key={key}>
                <th scope="row" className="govuk-table__header">{name}</th>
                <td className={numeric}>{rollUp.total}</td>
                {ACTION_STATUSES.map((s) => <td key={s} className={numeric}>{rollUp.counts[s]}</td>)}
                <td className={numeric}>{rollUp.overdue}</td>
                <td className="govuk-table__cell"><RagTag rating={rollUp.overall} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ShowMore shown={shown} total={rows.length} items={items} onMore={showMore} />
    </>
  );
}
