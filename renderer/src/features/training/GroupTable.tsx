/** Completion and mean scores (before, after and overall) for each group of participants. */
import { TableScroll } from '../../components/TableScroll.tsx';
import type { GroupSummary } from '../../domain/training/analysis.ts';

const pct = (n: number | null) => (n === null ? '–' : `${n}%`);

export function GroupTable({ caption, heading, groups }: { caption: string; heading: string; groups: GroupSummary[] }) {
  if (groups.length === 0) return null;
  const headers = ['Participants', 'Finished', 'Passed', 'Check before', 'Check after', 'Course score'];
  return (
    <TableScroll label={caption}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">{heading}</th>
            {headers.map((h) => <th key={h} scope="col" className="govuk-table__header govuk-table__header--numeric">{h}</th>)}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {groups.map((g) => (
            <tr className="govuk-table__row" key={g.group}>
              <th scope="row" className="govuk-table__header">{g.group}</th>
              {[g.participants, g.completed, g.passed, pct(g.meanPre), pct(g.meanPost), pct(g.meanScore)].map((v, i) => (
                <td key={i} className="govuk-table__cell govuk-table__cell--numeric">{v}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
