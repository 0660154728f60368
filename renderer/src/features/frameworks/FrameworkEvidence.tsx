/**
 * The roll-up across areas: the themes × areas matrix (a heatmap whose cells also say
 * their counts in words, so the table is its own alternative), findings of one theme and
 * kind side by side across areas, grouped into a framework issue, and what each review
 * contributed.
 */
import { useMemo, useState } from 'react';
import { Button } from '../../components/Button.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import {
  addIssue, cellWeight, contributions, describeCell, differentTemplates, findingsAcrossAreas, FrameworkIndex, frameworkMatrix, type FrameworkFile,
} from '../../domain/framework/index.ts';
import { newId } from '../../domain/ids.ts';
import { FINDING_KIND_LABELS } from '../../domain/labels.ts';
import { FINDING_KINDS } from '../../domain/reviewFile.ts';
import { FrameworkIssues } from './FrameworkIssues.tsx';
import type { ChangeFramework } from './useFramework.ts';

const heatClass = (weight: number) => `app-heat app-heat--${weight === 0 ? 0 : weight <= 2 ? 1 : weight <= 5 ? 2 : 3}`;

export function FrameworkEvidence({ file, change }: { file: FrameworkFile; change: ChangeFramework }) {
  const matrix = useMemo(() => frameworkMatrix(file), [file]);
  const index = useMemo(() => new FrameworkIndex(file), [file]);
  const [themeKey, setThemeKey] = useState(matrix.rows[0]?.key ?? '');
  const [kind, setKind] = useState<(typeof FINDING_KINDS)[number]>('gap');
  const [chosen, setChosen] = useState<string[]>([]);
  const [issueTitle, setIssueTitle] = useState('');
  const [problem, setProblem] = useState('');
  const side = useMemo(() => findingsAcrossAreas(file, themeKey, kind), [file, themeKey, kind]);
  const theme = matrix.rows.find((r) => r.key === themeKey);
  const other = differentTemplates(file);

  const group = async () => {
    if (!chosen.length) return setProblem('Tick the findings to group');
    if (!issueTitle.trim()) return setProblem('Enter a title for the framework issue');
    setProblem('');
    const findings = chosen.map((key) => { const [reviewId = '', id = ''] = key.split('/'); return { reviewId, id }; });
    const ok = await change((f) => addIssue(f, { title: issueTitle, theme: theme?.theme ?? themeKey, kind, findings }, newId()));
    if (ok) { setChosen([]); setIssueTitle(''); }
  };

  return (
    <section aria-labelledby="evidence-heading">
      <h2 className="govuk-heading-l" id="evidence-heading">Evidence across the areas</h2>
      {other.length > 0 && <div className="govuk-inset-text">Made from a different template: {other.map((r) => r.area).join(', ')}. Themes are matched by name; those not in every review are listed after the shared ones.</div>}
      <TableScroll label="Themes by area">
        <table className="govuk-table app-heatmap">
          <caption className="govuk-table__caption govuk-table__caption--m">Themes by area: gaps, barriers and good practice</caption>
          <thead className="govuk-table__head"><tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Theme</th>
            {matrix.areas.map((a) => <th scope="col" className="govuk-table__header" key={a.reviewId}>{a.area}</th>)}
          </tr></thead>
          <tbody className="govuk-table__body">
            {matrix.rows.map((row) => (
              <tr className="govuk-table__row" key={row.key}>
                <th scope="row" className="govuk-table__header">{row.theme}{!row.shared && <span className="govuk-hint govuk-!-margin-0"> (not in every review)</span>}</th>
                {row.cells.map((cell, a) => <td className={`govuk-table__cell ${heatClass(cellWeight(cell))}`} key={matrix.areas[a]!.reviewId}>{describeCell(cell)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      <h3 className="govuk-heading-m">Side by side</h3>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="side-theme">Theme</label>
        <select className="govuk-select" id="side-theme" value={themeKey} onChange={(e) => { setThemeKey(e.target.value); setChosen([]); }}>
          {matrix.rows.map((r) => <option key={r.key} value={r.key}>{r.theme}</option>)}
        </select>
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="side-kind">Kind</label>
        <select className="govuk-select" id="side-kind" value={kind} onChange={(e) => { setKind(e.target.value as typeof kind); setChosen([]); }}>
          {FINDING_KINDS.map((k) => <option key={k} value={k}>{FINDING_KIND_LABELS[k]}</option>)}
        </select>
      </div>
      <div className="app-side-by-side">
        {side.map(({ review, findings }) => (
          <div key={review.id} className="app-side-by-side__area">
            <h4 className="govuk-heading-s">{review.area}</h4>
            {findings.length === 0 ? <p className="govuk-body-s">None</p> : (
              <div className="govuk-checkboxes govuk-checkboxes--small">
                {findings.map((f) => {
                  const key = `${review.id}/${f.id}`;
                  return (
                    <div className="govuk-checkboxes__item" key={key}>
                      <input className="govuk-checkboxes__input" type="checkbox" id={`side-${f.id}-${review.id}`} checked={chosen.includes(key)}
                        onChange={() => setChosen(chosen.includes(key) ? chosen.filter((x) => x !== key) : [...chosen, key])} />
                      <label className="govuk-label govuk-checkboxes__label" htmlFor={`side-${f.id}-${review.id}`}>{f.title || f.detail}</label>
                    </div>
                  );
                })}
              </div>
            )}
          </div>
        ))}
      </div>
      <div className={`govuk-form-group${problem ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label" htmlFor="issue-title">Framework issue title</label>
        {problem && <p className="govuk-error-message" id="issue-title-error"><span className="govuk-visually-hidden">Error:</span> {problem}</p>}
        <input className="govuk-input govuk-!-width-two-thirds" id="issue-title" value={issueTitle} aria-describedby={problem ? 'issue-title-error' : undefined} onChange={(e) => setIssueTitle(e.target.value)} autoComplete="off" />
      </div>
      <Button variant="secondary" onClick={() => void group()}>Group into a framework issue</Button>
      <FrameworkIssues file={file} change={change} />

      <h3 className="govuk-heading-m">What each review contributed</h3>
      <table className="govuk-table">
        <thead className="govuk-table__head"><tr className="govuk-table__row">
          {['Area', 'Findings', 'In framework issues', 'Recommendations', 'Taken up'].map((h) => <th scope="col" className="govuk-table__header" key={h}>{h}</th>)}
        </tr></thead>
        <tbody className="govuk-table__body">
          {contributions(index).map((c) => (
            <tr className="govuk-table__row" key={c.review.id}>
              <th scope="row" className="govuk-table__header">{c.review.area}</th>
              <td className="govuk-table__cell">{c.findings}</td><td className="govuk-table__cell">{c.findingsInIssues}</td>
              <td className="govuk-table__cell">{c.recommendations}</td><td className="govuk-table__cell">{c.recommendationsUsed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
