/**
 * Two pictures that beat a table: sessions by sector (whom the review has heard) and the
 * action plan by status. Drawn by recharts as plain SVG with fixed sizes (no tooltips:
 * hover-only detail would shut out keyboard and screen-reader users); each figure's
 * table holds the same figures as its text alternative. Loaded lazily, so the charting
 * library costs nothing until a review's overview opens.
 */
import { Bar, BarChart, CartesianGrid, Cell, XAxis, YAxis } from 'recharts';

export interface ChartRow {
  label: string;
  value: number;
  /** Bar colour (a GOV.UK colour); the table and labels carry the meaning, never colour alone. */
  colour?: string;
}

const BAR_COLOUR = '#1d70b8';
const ROW_HEIGHT = 30;

interface BarFigureProps {
  id: string;
  title: string;
  labelHeader: string;
  valueHeader: string;
  rows: readonly ChartRow[];
}

function BarFigure({ id, title, labelHeader, valueHeader, rows }: BarFigureProps) {
  const captionId = `${id}-caption`;
  return (
    <figure className="app-chart" aria-labelledby={captionId}>
      <figcaption className="govuk-heading-s" id={captionId}>{title}</figcaption>
      <div role="img" aria-label={`Bar chart: ${title.toLowerCase()}. The table below gives the same figures.`} className="app-chart__picture">
        <BarChart width={560} height={rows.length * ROW_HEIGHT + 40} data={[...rows]} layout="vertical" accessibilityLayer={false}
          margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid horizontal={false} stroke="#b1b4b6" />
          <XAxis type="number" allowDecimals={false} tick={{ fill: '#0b0c0c', fontSize: 14 }} />
          <YAxis type="category" dataKey="label" width={200} tick={{ fill: '#0b0c0c', fontSize: 14 }} interval={0} />
          <Bar dataKey="value" isAnimationActive={false} label={{ position: 'right', fill: '#0b0c0c', fontSize: 14 }}>
            {rows.map((row) => <Cell key={row.label} fill={row.colour ?? BAR_COLOUR} />)}
          </Bar>
        </BarChart>
      </div>
      <table className="govuk-table app-table--compact">
        <caption className="govuk-visually-hidden">{title}: the figures</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">{labelHeader}</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">{valueHeader}</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr className="govuk-table__row" key={row.label}>
              <th scope="row" className="govuk-table__header">{row.label}</th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

export default function OverviewCharts({ sessions, actions }: { sessions: readonly ChartRow[]; actions: readonly ChartRow[] }) {
  return (
    <section aria-labelledby="charts-heading">
      <h2 className="govuk-heading-m" id="charts-heading">At a glance</h2>
      {sessions.length > 0
        ? <BarFigure id="sessions-chart" title="Sessions by sector" labelHeader="Sector" valueHeader="Sessions" rows={sessions} />
        : <p className="govuk-body">No agencies in scope yet, so there are no sectors to chart.</p>}
      {actions.length > 0
        ? <BarFigure id="actions-chart" title="Actions by status" labelHeader="Status" valueHeader="Actions" rows={actions} />
        : <p className="govuk-body">No actions in the plan yet.</p>}
    </section>
  );
}
