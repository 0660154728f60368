/**
 * Priorities and activities: each priority mapped to headings of the national framework
 * packs, its area recommendations (area, lead, status, and the activities covering them),
 * and activities with lead and supporting partners, timescale, measures and the area
 * recommendations each answers. Ends with every area recommendation, traced both ways.
 */
import { useMemo, useState } from 'react';
import { Button } from '../../components/Button.tsx';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { areaRecommendations, FrameworkIndex, type FrameworkFile, type Priority, type ReviewRef } from '../../domain/framework/index.ts';
import { describeMapping } from '../../domain/framework/headings.ts';
import { newId, todayDate } from '../../domain/ids.ts';
import { TIMESCALE_LABELS } from '../../domain/labels.ts';
import { TIMESCALES } from '../../domain/reviewFile.ts';
import { loadTemplates } from '../../templates/loadTemplates.ts';
import type { ChangeFramework } from './useFramework.ts';

const refKey = (ref: ReviewRef) => `${ref.reviewId}/${ref.id}`;
const refOf = (key: string): ReviewRef => { const [reviewId = '', id = ''] = key.split('/'); return { reviewId, id }; };

function RecommendationsTable({ rows, caption }: { rows: ReturnType<typeof areaRecommendations>; caption: string }) {
  return (
    <TableScroll label={caption}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head"><tr className="govuk-table__row">
          {['Area', 'No.', 'Recommendation', 'Lead', 'Status', 'Covered by'].map((h) => <th scope="col" className="govuk-table__header" key={h}>{h}</th>)}
        </tr></thead>
        <tbody className="govuk-table__body">
          {rows.map((r) => (
            <tr className="govuk-table__row" key={`${r.review.id}/${r.recommendation.id}`}>
              <td className="govuk-table__cell">{r.review.area}</td><td className="govuk-table__cell">{r.recommendation.number}</td>
              <td className="govuk-table__cell">{r.recommendation.title}</td><td className="govuk-table__cell">{r.lead}</td>
              <td className="govuk-table__cell">{r.status.label}</td>
              <td className="govuk-table__cell">{r.coveredBy.length ? r.coveredBy.map((n) => `Activity ${n}`).join(', ') : 'Not yet covered'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function AddActivity({ file, priority, number, change }: { file: FrameworkFile; priority: Priority; number: number; change: ChangeFramework }) {
  const [title, setTitle] = useState('');
  const [lead, setLead] = useState('');
  const [supporting, setSupporting] = useState<string[]>([]);
  const [timescale, setTimescale] = useState<(typeof TIMESCALES)[number]>('6-months');
  const [measures, setMeasures] = useState('');
  const [recs, setRecs] = useState<string[]>([]);
  const [error, setError] = useState('');
  const index = useMemo(() => new FrameworkIndex(file), [file]);
  const id = `activity-${priority.id}`;
  const add = async () => {
    if (!title.trim()) return setError('Enter what the activity is');
    setError('');
    const ok = await change((f) => ({
      ...f,
      priorities: f.priorities.map((p) => (p.id !== priority.id ? p : {
        ...p,
        activities: [...p.activities, {
          id: newId(), title: title.trim(), detail: '', ...(lead && { leadPartnerId: lead }), supportingPartnerIds: supporting,
          timescale, measures: measures.trim(), recommendations: recs.map(refOf),
        }],
      })),
    }));
    if (ok) { setTitle(''); setLead(''); setSupporting([]); setMeasures(''); setRecs([]); }
  };
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary"><span className="govuk-details__summary-text">Add an activity to priority {number}</span></summary>
      <div className="govuk-details__text">
        <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label" htmlFor={`${id}-title`}>Activity</label>
          {error && <p className="govuk-error-message" id={`${id}-title-error`}><span className="govuk-visually-hidden">Error:</span> {error}</p>}
          <input className="govuk-input" id={`${id}-title`} value={title} aria-describedby={error ? `${id}-title-error` : undefined} onChange={(e) => setTitle(e.target.value)} autoComplete="off" />
        </div>
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor={`${id}-lead`}>Lead partner</label>
          <select className="govuk-select" id={`${id}-lead`} value={lead} onChange={(e) => setLead(e.target.value)}>
            <option value="">Not yet agreed</option>
            {file.framework.partners.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </div>
        <CheckboxGroup id={`${id}-supporting`} legend="Supporting partners" options={file.framework.partners.filter((p) => p.id !== lead).map((p) => ({ value: p.id, label: p.name }))}
          chosen={supporting} onChange={setSupporting} emptyText="No partners yet." />
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor={`${id}-timescale`}>Timescale</label>
          <select className="govuk-select" id={`${id}-timescale`} value={timescale} onChange={(e) => setTimescale(e.target.value as typeof timescale)}>
            {TIMESCALES.map((t) => <option key={t} value={t}>{TIMESCALE_LABELS[t]}</option>)}
          </select>
        </div>
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor={`${id}-measures`}>Measures</label>
          <input className="govuk-input" id={`${id}-measures`} value={measures} onChange={(e) => setMeasures(e.target.value)} autoComplete="off" />
        </div>
        <CheckboxGroup id={`${id}-recommendations`} legend="Area recommendations it answers" options={priority.recommendations.map((ref) => {
          const r = index.recommendation(ref);
          return { value: refKey(ref), label: `${index.reviewById.get(ref.reviewId)?.area ?? ''} R${r?.number ?? ''}: ${r?.title ?? ''}` };
        })} chosen={recs} onChange={setRecs} emptyText="No area recommendations are listed under this priority." />
        <Button onClick={() => void add()}>Add activity</Button>
      </div>
    </details>
  );
}

function Headings({ priority, change }: { priority: Priority; change: ChangeFramework }) {
  const packs = loadTemplates().frameworks;
  const [pick, setPick] = useState('');
  const id = `headings-${priority.id}`;
  const setHeadings = (headings: Priority['headings']) => change((f) => ({ ...f, priorities: f.priorities.map((p) => (p.id === priority.id ? { ...p, headings } : p)) }));
  return (
    <>
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">National frameworks</p>
      {priority.headings.length === 0 ? <p className="govuk-body">Not yet mapped.</p> : (
        <ul className="govuk-list govuk-list--bullet">
          {priority.headings.map((h) => (
            <li key={`${h.pack}/${h.heading}`}>{describeMapping(packs, h)}{' '}
              <Button variant="secondary" isSmall onClick={() => void setHeadings(priority.headings.filter((x) => x !== h))}>Remove<span className="govuk-visually-hidden"> {describeMapping(packs, h)}</span></Button>
            </li>
          ))}
        </ul>
      )}
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor={id}>National framework heading</label>
        <select className="govuk-select" id={id} value={pick} onChange={(e) => setPick(e.target.value)}>
          <option value="">Choose a heading</option>
          {packs.map((pack) => (
            <optgroup key={pack.id} label={pack.name}>
              {pack.headings.map((h) => <option key={h.key} value={`${pack.id}/${h.key}`}>{h.name}</option>)}
            </optgroup>
          ))}
        </select>{' '}
        <Button variant="secondary" onClick={() => {
          const [pack = '', heading = ''] = pick.split('/');
          if (pack && !priority.headings.some((h) => h.pack === pack && h.heading === heading)) void setHeadings([...priority.headings, { pack, heading }]);
          setPick('');
        }}>Map to heading</Button>
      </div>
    </>
  );
}

export function FrameworkPriorities({ file, change }: { file: FrameworkFile; change: ChangeFramework }) {
  const index = useMemo(() => new FrameworkIndex(file), [file]);
  const recs = useMemo(() => areaRecommendations(index, todayDate()), [index]);
  const byKey = useMemo(() => new Map(recs.map((r) => [`${r.review.id}/${r.recommendation.id}`, r])), [recs]);
  const partner = (id: string | undefined) => file.framework.partners.find((p) => p.id === id)?.name;
  return (
    <section aria-labelledby="priorities-heading">
      <h2 className="govuk-heading-l" id="priorities-heading">Priorities and activities</h2>
      {file.priorities.map((p, i) => (
        <div key={p.id} className="app-framework-priority">
          <h3 className="govuk-heading-m">Priority {i + 1}: {p.title}</h3>
          {p.detail && <p className="govuk-body">{p.detail}</p>}
          <Headings priority={p} change={change} />
          {p.recommendations.length > 0 && <RecommendationsTable caption={`Area recommendations under priority ${i + 1}`} rows={p.recommendations.flatMap((ref) => byKey.get(refKey(ref)) ?? [])} />}
          {p.activities.length > 0 && (
            <ul className="govuk-list" aria-label={`Activities of priority ${i + 1}`}>
              {p.activities.map((a, j) => (
                <li key={a.id}>
                  <strong>Activity {i + 1}.{j + 1}: {a.title}</strong>. Lead: {partner(a.leadPartnerId) ?? 'not yet agreed'}; supporting: {a.supportingPartnerIds.map(partner).filter(Boolean).join(', ') || 'none'};
                  {' '}{TIMESCALE_LABELS[a.timescale]}; measures: {a.measures || 'not yet agreed'}. Answers: {a.recommendations.map((ref) => { const r = byKey.get(refKey(ref)); return r ? `${r.review.area} R${r.recommendation.number}` : ''; }).filter(Boolean).join(', ') || 'none'}.
                </li>
              ))}
            </ul>
          )}
          <AddActivity file={file} priority={p} number={i + 1} change={change} />
        </div>
      ))}
      <h2 className="govuk-heading-l" id="recommendations-heading">Every area recommendation</h2>
      <RecommendationsTable caption="Every area recommendation, with the activities that cover it" rows={recs} />
    </section>
  );
}
