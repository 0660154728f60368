/**
 * Two pictures that beat a table: sessions by sector (whom the review has heard) and the
 * action plan by status. Drawn by recharts as plain SVG with fixed sizes (no tooltips:
 * hover-only detail would shut out keyboard and screen-reader users); each figure's
 * table holds the same figures as its text alternative. Loaded lazily, so the charting
 * library costs nothing until a review's overview opens.
 */
import { Bar, BarChart, CartesianGrid, Cell, XAxis, YAxis } from 'recharts';
import { useDrawnInSlices } from '../../components/drawnInSlices.ts';

export interface ChartRow {
  label: string;
  value: number;
  /** Bar colour (a GOV.UK colour); the table and labels carry the meaning, never colour alone. */
  colour?: string;
}

const BAR_COLOUR = '#1d70b8';
const ROW_HEIGHT = 30;
const TICK_STYLE = { fill: '#0b0c0c', fontSize: 14 } as const;
/** Characters on one line of a bar's label: the 200 px beside the bars holds about 26 at 14 px. */
const LABEL_LINE = 24;

/**
 * A bar's label in lines of at most `line` characters, broken between words (a longer
 * word keeps its own line). The labels are the app's own words (sectors, statuses).
 */
export function labelLines(label: string, line = LABEL_LINE): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= line) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The label beside a bar, broken into lines by count rather than measured: recharts'
 * own wrapping measures each word in the page, a forced layout per word that made the
 * charts one task of about 200 ms at 3,000 engagements (issue 12).
 */
function CategoryTick({ x, y, payload }: { x?: number; y?: number; payload?: { value: string } }) {
  const lines = labelLines(payload?.value ?? '');
  const lineHeight = 16;
  return (
    <text x={x} y={y} textAnchor="end" {...TICK_STYLE}>
      {lines.map((text, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 5 - ((lines.length - 1) * lineHeight) / 2 : lineHeight}>{text}</tspan>
      ))}
    </text>
  );
}

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
          {/* Every tick shown (interval 0): picking which to show measures each label in the page. */}
          <XAxis type="number" allowDecimals={false} tick={TICK_STYLE} interval={0} />
          <YAxis type="category" dataKey="label" width={200} tick={<CategoryTick />} interval={0} />
          <Bar dataKey="value" isAnimationActive={false} label={{ position: 'right', ...TICK_STYLE }}>
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
  // One figure per frame: recharts takes tens of milliseconds to lay out each.
  const drawn = useDrawnInSlices(2, { slice: 1 });
  return (
    <section aria-labelledby="charts-heading">
      <h2 className="govuk-heading-m" id="charts-heading">At a glance</h2>
      {sessions.length > 0
        ? <BarFigure id="sessions-chart" title="Sessions by sector" labelHeader="Sector" valueHeader="Sessions" rows={sessions} />
        : <p className="govuk-body">No agencies in scope yet, so there are no sectors to chart.</p>}
      {drawn < 2 ? <p className="govuk-body">Loading the charts…</p>
        : actions.length > 0
          ? <BarFigure id="actions-chart" title="Actions by status" labelHeader="Status" valueHeader="Actions" rows={actions} />
          : <p className="govuk-body">No actions in the plan yet.</p>}
    </section>
  );
}
