/**
 * The theme × sector grid, counting each passage under the sector of whoever said it;
 * passages whose speaker is not known have a column of their own. An empty cell says
 * "None" and has its own hatched style, so it shows without relying on colour; every other
 * count is a link to its passages in the Evidence view. Wide grids scroll sideways inside
 * a labelled region that the keyboard can reach; the theme column stays put while they do.
 */
import { hrefFor } from '../../../app/router.ts';
import type { CoverageMatrix } from '../../../domain/coverage.ts';
import { SECTOR_LABELS } from '../../../domain/labels.ts';
import { UNATTRIBUTED, type SectorHeard } from '../../../domain/passageFilter.ts';
import type { Theme } from '../../../domain/reviewFile.ts';
import './coverage.scss';
import { UserText } from '../../../components/UserText.tsx';

const NOT_ATTRIBUTED = 'Not attributed';

interface CountCellProps {
  reviewId: string;
  theme: Theme;
  sector: SectorHeard;
  count: number;
}

function CountCell({ reviewId, theme, sector, count }: CountCellProps) {
  if (count === 0) {
    return sector === UNATTRIBUTED
      ? <td className="govuk-table__cell govuk-table__cell--numeric">0</td>
      : <td className="govuk-table__cell govuk-table__cell--numeric app-coverage-map__empty">None</td>;
  }
  const href = hrefFor({ page: 'workspace', reviewId, stage: 'analyse', view: 'evidence', passages: { themeId: theme.id, sector } });
  const from = sector === UNATTRIBUTED ? 'not attributed to an agency' : `from ${SECTOR_LABELS[sector]}`;
  return (
    <td className="govuk-table__cell govuk-table__cell--numeric">
      <a className="govuk-link" href={href}>{count}<span className="govuk-visually-hidden"> {count === 1 ? 'passage' : 'passages'} on {theme.name} {from}</span></a>
    </td>
  );
}

export function CoverageTable({ reviewId, matrix }: { reviewId: string; matrix: CoverageMatrix }) {
  const hasUnattributed = matrix.unattributedTotal > 0;
  return (
    <div className="app-table-scroll" role="region" aria-labelledby="coverage-map-caption" tabIndex={0}>
      <table className="govuk-table app-coverage-map">
        <caption className="govuk-table__caption govuk-table__caption--s" id="coverage-map-caption">
          Coded passages by theme and sector: an empty cell shows whom to ask next
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header app-coverage-map__theme">Theme</th>
            {matrix.sectors.map((s) => <th scope="col" key={s} className="govuk-table__header govuk-table__header--numeric">{SECTOR_LABELS[s]}</th>)}
            {hasUnattributed && <th scope="col" className="govuk-table__header govuk-table__header--numeric app-coverage-map__unattributed">{NOT_ATTRIBUTED}</th>}
            <th scope="col" className="govuk-table__header govuk-table__header--numeric app-coverage-map__total">All sectors</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {matrix.rows.map((row) => (
            <tr className="govuk-table__row" key={row.theme.id}>
              <th scope="row" className={`govuk-table__header app-coverage-map__theme app-coverage-map__theme--depth-${Math.min(row.depth, 3)}`}>
                {row.depth > 0 && <span className="govuk-visually-hidden">Sub-theme: </span>}<UserText text={row.theme.name} />
              </th>
              {row.counts.map((count, c) => <CountCell key={matrix.sectors[c]} reviewId={reviewId} theme={row.theme} sector={matrix.sectors[c]!} count={count} />)}
              {hasUnattributed && <CountCell reviewId={reviewId} theme={row.theme} sector={UNATTRIBUTED} count={row.unattributed} />}
              <td className="govuk-table__cell govuk-table__cell--numeric app-coverage-map__total">{row.total}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="govuk-table__row app-coverage-map__totals">
            <th scope="row" className="govuk-table__header app-coverage-map__theme">All themes</th>
            {matrix.columnTotals.map((total, c) => <td key={matrix.sectors[c]} className="govuk-table__cell govuk-table__cell--numeric">{total}</td>)}
            {hasUnattributed && <td className="govuk-table__cell govuk-table__cell--numeric">{matrix.unattributedTotal}</td>}
            <td className="govuk-table__cell govuk-table__cell--numeric app-coverage-map__total">{matrix.grandTotal}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
