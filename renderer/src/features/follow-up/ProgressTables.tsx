/** Roll-ups of the action plan: counts per status, overdue and overall RAG, by recommendation and by owner agency. */
import type { ReactNode } from 'react';
import { ragOf, type RollUp } from '../../domain/rag.ts';
import { ACTION_STATUSES } from '../../domain/reviewFile.ts';
import { RagTag } from './StatusTag.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';

interface RollUpRow {
  key: string;
  name: ReactNode;
  rollUp: RollUp;
}

export function RollUpTable({ caption, firstColumn, rows }: { caption: string; firstColumn: string; rows: readonly RollUpRow[] }) {
  const numeric = 'govuk-table__cell govuk-table__cell--numeric';
  return (
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
          {rows.map(({ key, name, rollUp }) => (
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
  );
}
