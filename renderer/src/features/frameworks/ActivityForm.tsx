/** The fields of an activity (what, lead and supporting partners, timescale, measures), for adding one and for changing one. */
import { useState, type ReactNode } from 'react';
import { Button } from '../../components/Button.tsx';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import type { Activity, Partner } from '../../domain/framework/index.ts';
import { TIMESCALE_LABELS } from '../../domain/labels.ts';
import { TIMESCALES } from '../../domain/reviewFile.ts';

export type ActivityDraft = Pick<Activity, 'title' | 'detail' | 'supportingPartnerIds' | 'timescale' | 'measures'> & { leadPartnerId: string };

export const emptyActivity: ActivityDraft = { title: '', detail: '', leadPartnerId: '', supportingPartnerIds: [], timescale: '6-months', measures: '' };

export const draftOf = (a: Activity): ActivityDraft => ({
  title: a.title, detail: a.detail, leadPartnerId: a.leadPartnerId ?? '', supportingPartnerIds: a.supportingPartnerIds, timescale: a.timescale, measures: a.measures,
});

interface Props {
  id: string;
  partners: readonly Partner[];
  initial: ActivityDraft;
  submitLabel: string;
  /** Saves; resolves true when saved (the form then starts again from `initial`). */
  onSubmit: (draft: ActivityDraft) => Promise<boolean>;
  /** More fields before the button (the recommendations a new activity answers). */
  children?: ReactNode;
  onCancel?: () => void;
}

export function ActivityForm({ id, partners, initial, submitLabel, onSubmit, children, onCancel }: Props) {
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState('');
  const set = <K extends keyof ActivityDraft>(key: K, value: ActivityDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = async () => {
    if (!draft.title.trim()) {
      setError('Enter what the activity is');
      document.getElementById(`${id}-title`)?.focus();
      return;
    }
    setError('');
    if (await onSubmit(draft)) setDraft(initial);
  };
  return (
    <>
      <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label" htmlFor={`${id}-title`}>Activity</label>
        {error && <p className="govuk-error-message" id={`${id}-title-error`}><span className="govuk-visually-hidden">Error:</span> {error}</p>}
        <input className={`govuk-input${error ? ' govuk-input--error' : ''}`} id={`${id}-title`} value={draft.title} aria-describedby={error ? `${id}-title-error` : undefined}
          onChange={(e) => set('title', e.target.value)} autoComplete="off" />
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor={`${id}-lead`}>Lead partner</label>
        <select className="govuk-select" id={`${id}-lead`} value={draft.leadPartnerId} onChange={(e) => set('leadPartnerId', e.target.value)}>
          <option value="">Not yet agreed</option>
          {partners.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
      </div>
      <CheckboxGroup id={`${id}-supporting`} legend="Supporting partners" options={partners.filter((p) => p.id !== draft.leadPartnerId).map((p) => ({ value: p.id, label: p.name }))}
        chosen={draft.supportingPartnerIds} onChange={(v) => set('supportingPartnerIds', v)} emptyText="No partners yet." />
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor={`${id}-timescale`}>Timescale</label>
        <select className="govuk-select" id={`${id}-timescale`} value={draft.timescale} onChange={(e) => set('timescale', e.target.value as ActivityDraft['timescale'])}>
          {TIMESCALES.map((t) => <option key={t} value={t}>{TIMESCALE_LABELS[t]}</option>)}
        </select>
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor={`${id}-measures`}>Measures</label>
        <input className="govuk-input" id={`${id}-measures`} value={draft.measures} onChange={(e) => set('measures', e.target.value)} autoComplete="off" />
      </div>
      {children}
      <div className="govuk-button-group">
        <Button onClick={() => void submit()}>{submitLabel}</Button>
        {onCancel && <Button variant="secondary" onClick={onCancel}>Cancel</Button>}
      </div>
    </>
  );
}
