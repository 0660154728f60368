/**
 * One activity: its lead, partners, timescale and measures; its traceability on screen
 * (activity → area recommendations → the findings behind them → area); linking it to any
 * area recommendation, in its own priority or another, and unlinking (with Undo); and
 * changing or removing it (with Undo).
 */
import { useState } from 'react';
import { useCommand } from '../../app/useCommand.ts';
import { Button } from '../../components/Button.tsx';
import { editActivity, linkRecommendation, type Activity, type ActivityTrace, type AreaRecommendation, type FrameworkFile } from '../../domain/framework/index.ts';
import { FINDING_KIND_LABELS, TIMESCALE_LABELS } from '../../domain/labels.ts';
import { ActivityForm, draftOf, type ActivityDraft } from './ActivityForm.tsx';
import { activityHeadingId, removeActivityCommand, unlinkCommand } from './frameworkCommands.ts';
import type { ChangeFramework } from './useFramework.ts';

export const fieldsOf = (d: ActivityDraft, recommendations: Activity['recommendations']) => ({
  title: d.title, detail: d.detail, ...(d.leadPartnerId && { leadPartnerId: d.leadPartnerId }), supportingPartnerIds: d.supportingPartnerIds,
  timescale: d.timescale, measures: d.measures, recommendations,
});

interface Props {
  file: FrameworkFile;
  trace: ActivityTrace;
  /** Every area recommendation, for linking. */
  all: readonly AreaRecommendation[];
  change: ChangeFramework;
}

export function FrameworkActivity({ file, trace, all, change }: Props) {
  const { activity: a, number } = trace;
  const frameworkId = file.framework.id;
  const [editing, setEditing] = useState(false);
  const [pick, setPick] = useState('');
  const [linkError, setLinkError] = useState('');
  const remove = useCommand(removeActivityCommand);
  const unlink = useCommand(unlinkCommand);
  const partner = (id: string | undefined) => file.framework.partners.find((p) => p.id === id)?.name;
  const linked = new Set(a.recommendations.map((r) => `${r.reviewId}/${r.id}`));
  const areas = file.reviews.map((review) => ({ review, recs: all.filter((r) => r.review.id === review.id && !linked.has(`${review.id}/${r.recommendation.id}`)) })).filter((x) => x.recs.length);
  const id = `act-${a.id}`;

  const link = async () => {
    if (!pick) {
      setLinkError('Choose an area recommendation to link');
      document.getElementById(`${id}-link`)?.focus();
      return;
    }
    setLinkError('');
    const [reviewId = '', recId = ''] = pick.split('/');
    if (await change((f) => linkRecommendation(f, a.id, { reviewId, id: recId }))) setPick('');
  };

  return (
    <div className="app-framework-activity">
      <h4 className="govuk-heading-s" id={activityHeadingId(a.id)} tabIndex={-1}>Activity {number}: {a.title}</h4>
      {editing ? (
        <ActivityForm id={`${id}-edit`} partners={file.framework.partners} initial={draftOf(a)} submitLabel="Save activity" onCancel={() => setEditing(false)}
          onSubmit={async (d) => {
            const ok = await change((f) => editActivity(f, a.id, fieldsOf(d, a.recommendations)));
            if (ok) setEditing(false);
            return ok;
          }} />
      ) : (
        <p className="govuk-body">
          Lead: {partner(a.leadPartnerId) ?? 'not yet agreed'}; supporting: {a.supportingPartnerIds.map(partner).filter(Boolean).join(', ') || 'none'};
          {' '}{TIMESCALE_LABELS[a.timescale]}; measures: {a.measures || 'not yet agreed'}.
        </p>
      )}
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1" id={`${id}-trace`}>Answers</p>
      {trace.recommendations.length === 0 ? <p className="govuk-body">No area recommendations linked yet.</p> : (
        <ul className="govuk-list govuk-list--bullet" aria-labelledby={`${id}-trace`}>
          {trace.recommendations.map(({ review, recommendation: r, findings }) => {
            const label = `${review.area} recommendation ${r.number}`;
            return (
              <li key={`${review.id}/${r.id}`}>
                {review.area}, recommendation {r.number}: {r.title}{' '}
                <button type="button" className="govuk-link app-link-button" onClick={() => void unlink({ frameworkId, activityId: a.id, ref: { reviewId: review.id, id: r.id }, label: `${label} from activity ${number}` })}>
                  Unlink<span className="govuk-visually-hidden"> {label}</span>
                </button>
                {findings.length > 0 ? (
                  <ul className="govuk-list govuk-list--bullet" aria-label={`Findings behind ${label}`}>
                    {findings.map((f) => <li key={f.id}>{FINDING_KIND_LABELS[f.kind]}: {f.title || f.detail} ({review.area})</li>)}
                  </ul>
                ) : <p className="govuk-body-s">No findings recorded behind it in {review.area}.</p>}
              </li>
            );
          })}
        </ul>
      )}
      <div className={`govuk-form-group${linkError ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label" htmlFor={`${id}-link`}>Link activity {number} to an area recommendation</label>
        {linkError && <p className="govuk-error-message" id={`${id}-link-error`}><span className="govuk-visually-hidden">Error:</span> {linkError}</p>}
        <select className={`govuk-select${linkError ? ' govuk-select--error' : ''}`} id={`${id}-link`} value={pick} aria-describedby={linkError ? `${id}-link-error` : undefined} onChange={(e) => setPick(e.target.value)}>
          <option value="">Choose a recommendation</option>
          {areas.map(({ review, recs }) => (
            <optgroup key={review.id} label={review.area}>
              {recs.map((r) => <option key={r.recommendation.id} value={`${review.id}/${r.recommendation.id}`}>{review.area} R{r.recommendation.number}: {r.recommendation.title}</option>)}
            </optgroup>
          ))}
        </select>{' '}
        <Button variant="secondary" onClick={() => void link()}>Link<span className="govuk-visually-hidden"> to activity {number}</span></Button>
      </div>
      {!editing && (
        <div className="govuk-button-group">
          <Button variant="secondary" isSmall onClick={() => setEditing(true)}>Change activity {number}</Button>
          <Button variant="warning" isSmall onClick={() => void remove({ frameworkId, activityId: a.id, label: `activity ${number}, “${a.title}”` })}>Remove activity {number}</Button>
        </div>
      )}
    </div>
  );
}
