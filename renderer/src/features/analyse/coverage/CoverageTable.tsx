/**
 * The theme × sector grid. An empty cell says "None" and has its own hatched style, so it
 * shows without relying on colour. Wide grids scroll sideways inside a labelled region
 * that the keyboard can reach; the theme column stays put while they do.
 */
import type { CoverageMatrix } from '../../../domain/coverage.ts';
import { SECTOR_LABELS } from '../../../domain/labels.ts';
import './coverage.scss';

function CountCell({ count }: { count: number }) {
  return count === 0
    ? <td className="govuk-table__cell govuk-table__cell--numeric app-coverage-map__empty">None</td>
    : <td className="govuk-table__cell govuk-table__cell--numeric">{count}</td>;
}

export function CoverageTable({ matrix }: { matrix: CoverageMatrix }) {
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
            <th scope="col" className="govuk-table__header govuk-table__header--numeric app-coverage-map__total">All sectors</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {matrix.rows.map((row) => (
            <tr className="govuk-table__row" key={row.theme.id}>
              <th scope="row" className={`govuk-table__header app-coverage-map__theme app-coverage-map__theme--depth-${Math.min(row.depth, 3)}`}>
                {row.depth > 0 && <span className="govuk-visually-hidden">Sub-theme: </span>}{row.theme.name}
              </th>
              {row.counts.map((count, c) => <CountCell key={matrix.sectors[c]} count={count} />)}
              <td className="govuk-table__cell govuk-table__cell--numeric app-coverage-map__total">{row.total}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="govuk-table__row app-coverage-map__totals">
            <th scope="row" className="govuk-table__header app-coverage-map__theme">All themes</th>
            {matrix.columnTotals.map((total, c) => <td key={matrix.sectors[c]} className="govuk-table__cell govuk-table__cell--numeric">{total}</td>)}
            <td className="govuk-table__cell govuk-table__cell--numeric app-coverage-map__total">{matrix.grandTotal}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
