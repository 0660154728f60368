/**
 * Priorities and activities: each priority mapped to headings of the national framework
 * packs, its area recommendations (area, lead, status, and the activities covering them),
 * and activities with lead and supporting partners, timescale, measures and the area
 * recommendations each answers. Priorities and activities are added, changed and removed
 * here (removals through the command runner, with Undo). Ends with every area
 * recommendation, traced both ways: "covered by" moves to the covering activity.
 */
import { useMemo, useState } from 'react';
import { useCommand } from '../../app/useCommand.ts';
import { Button } from '../../components/Button.tsx';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { focusById } from '../../components/focus.ts';
import { TableScroll } from '../../components/TableScroll.tsx';
import {
  activityTraces, addActivity, addPriority, areaRecommendations, editPriority, FrameworkIndex, type FrameworkFile, type Priority, type PriorityFields, type ReviewRef,
} from '../../domain/framework/index.ts';
import { describeMapping } from '../../domain/framework/headings.ts';
import { newId, todayDate } from '../../domain/ids.ts';
import { loadTemplates } from '../../templates/loadTemplates.ts';
import { ActivityForm, emptyActivity } from './ActivityForm.tsx';
import { FrameworkActivity, fieldsOf } from './FrameworkActivity.tsx';
import { activityHeadingId, priorityHeadingId, removePriorityCommand } from './frameworkCommands.ts';
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
              <td className="govuk-table__cell">{r.covering.length === 0 ? 'Not yet covered' : r.covering.map((c, k) => (
                <span key={c.activityId}>{k > 0 && ', '}
                  {/* Moves to the activity on this page; a hash link would be taken for a route. */}
                  <button type="button" className="govuk-link app-link-button" onClick={() => focusById(activityHeadingId(c.activityId))}>
                    <span className="govuk-visually-hidden">{r.review.area} recommendation {r.recommendation.number} is covered by </span>Activity {c.number}
                  </button>
                </span>
              ))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function AddActivity({ file, priority, number, index, change }: { file: FrameworkFile; priority: Priority; number: number; index: FrameworkIndex; change: ChangeFramework }) {
  const [recs, setRecs] = useState<string[]>([]);
  const id = `activity-new-${priority.id}`;
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary"><span className="govuk-details__summary-text">Add an activity to priority {number}</span></summary>
      <div className="govuk-details__text">
        <ActivityForm id={id} partners={file.framework.partners} initial={emptyActivity} submitLabel="Add activity" onSubmit={async (d) => {
          const ok = await change((f) => addActivity(f, priority.id, fieldsOf(d, recs.map(refOf)), newId()));
          if (ok) setRecs([]);
          return ok;
        }}>
          <CheckboxGroup id={`${id}-recommendations`} legend="Area recommendations it answers" hint="Those listed under this priority. Link recommendations of other priorities from the activity once it is added."
            options={priority.recommendations.map((ref) => {
              const r = index.recommendation(ref);
              return { value: refKey(ref), label: `${index.reviewById.get(ref.reviewId)?.area ?? ''} R${r?.number ?? ''}: ${r?.title ?? ''}` };
            })} chosen={recs} onChange={setRecs} emptyText="No area recommendations are listed under this priority." />
        </ActivityForm>
      </div>
    </details>
  );
}

/** The priority's title and description, changed in place. */
function PriorityFieldsForm({ id, initial, submitLabel, onSubmit, onCancel }: {
  id: string; initial: PriorityFields; submitLabel: string; onSubmit: (fields: PriorityFields) => Promise<boolean>; onCancel?: () => void;
}) {
  const [fields, setFields] = useState(initial);
  const [error, setError] = useState('');
  const submit = async () => {
    if (!fields.title.trim()) {
      setError('Enter the priority');
      document.getElementById(`${id}-title`)?.focus();
      return;
    }
    setError('');
    if (await onSubmit(fields)) setFields(initial);
  };
  return (
    <>
      <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label" htmlFor={`${id}-title`}>Priority</label>
        {error && <p className="govuk-error-message" id={`${id}-title-error`}><span className="govuk-visually-hidden">Error:</span> {error}</p>}
        <input className={`govuk-input${error ? ' govuk-input--error' : ''}`} id={`${id}-title`} value={fields.title} aria-describedby={error ? `${id}-title-error` : undefined}
          onChange={(e) => setFields({ ...fields, title: e.target.value })} autoComplete="off" />
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor={`${id}-detail`}>What it means (optional)</label>
        <textarea autoComplete="off" className="govuk-textarea" id={`${id}-detail`} rows={3} value={fields.detail} onChange={(e) => setFields({ ...fields, detail: e.target.value })} />
      </div>
      <div className="govuk-button-group">
        <Button onClick={() => void submit()}>{submitLabel}</Button>
        {onCancel && <Button variant="secondary" onClick={onCancel}>Cancel</Button>}
      </div>
    </>
  );
}

function PriorityHeader({ file, priority, number, change }: { file: FrameworkFile; priority: Priority; number: number; change: ChangeFramework }) {
  const [editing, setEditing] = useState(false);
  const remove = useCommand(removePriorityCommand);
  return (
    <>
      <h3 className="govuk-heading-m" id={priorityHeadingId(priority.id)} tabIndex={-1}>Priority {number}: {priority.title}</h3>
      {editing ? (
        <PriorityFieldsForm id={`priority-edit-${priority.id}`} initial={{ title: priority.title, detail: priority.detail }} submitLabel="Save priority" onCancel={() => setEditing(false)}
          onSubmit={async (fields) => {
            const ok = await change((f) => editPriority(f, priority.id, fields));
            if (ok) setEditing(false);
            return ok;
          }} />
      ) : (
        <>
          {priority.detail && <p className="govuk-body">{priority.detail}</p>}
          <div className="govuk-button-group">
            <Button variant="secondary" isSmall onClick={() => setEditing(true)}>Change priority {number}</Button>
            <Button variant="warning" isSmall onClick={() => void remove({ frameworkId: file.framework.id, priorityId: priority.id, label: `priority ${number}, “${priority.title}”` })}>Remove priority {number}</Button>
          </div>
        </>
      )}
    </>
  );
}

function AddPriority({ change }: { change: ChangeFramework }) {
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary"><span className="govuk-details__summary-text">Add a priority</span></summary>
      <div className="govuk-details__text">
        <PriorityFieldsForm id="priority-new" initial={{ title: '', detail: '' }} submitLabel="Add priority"
          onSubmit={(fields) => change((f) => addPriority(f, fields, newId()))} />
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
  const traces = useMemo(() => new Map(activityTraces(index).map((t) => [t.activity.id, t])), [index]);
  const byKey = useMemo(() => new Map(recs.map((r) => [`${r.review.id}/${r.recommendation.id}`, r])), [recs]);
  return (
    <section aria-labelledby="priorities-heading">
      <h2 className="govuk-heading-l" id="priorities-heading" tabIndex={-1}>Priorities and activities</h2>
      {file.priorities.length === 0 && <p className="govuk-body">No priorities yet.</p>}
      {file.priorities.map((p, i) => (
        <div key={p.id} className="app-framework-priority">
          <PriorityHeader file={file} priority={p} number={i + 1} change={change} />
          <Headings priority={p} change={change} />
          {p.recommendations.length > 0 && <RecommendationsTable caption={`Area recommendations under priority ${i + 1}`} rows={p.recommendations.flatMap((ref) => byKey.get(refKey(ref)) ?? [])} />}
          {p.activities.length > 0 && (
            <ul className="govuk-list" aria-label={`Activities of priority ${i + 1}`}>
              {p.activities.map((a) => <li key={a.id}><FrameworkActivity file={file} trace={traces.get(a.id)!} all={recs} change={change} /></li>)}
            </ul>
          )}
          <AddActivity file={file} priority={p} number={i + 1} index={index} change={change} />
        </div>
      ))}
      <AddPriority change={change} />
      <h2 className="govuk-heading-l" id="recommendations-heading">Every area recommendation</h2>
      <RecommendationsTable caption="Every area recommendation, with the activities that cover it" rows={recs} />
    </section>
  );
}
