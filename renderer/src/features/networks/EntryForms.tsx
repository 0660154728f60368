/**
 * Adding people, incidents, institutions and links in the app. Each form checks its entry
 * with the same rules as an import (domain/network/edit.ts) and shows a problem beside
 * the form; a person's label that looks like a name needs the reviewer's confirmation.
 */
import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button.tsx';
import { LINK_ROLES, NAME_LIKE_REASONS, nameCheck, type PeerNetwork } from '../../domain/network/index.ts';
import { addLink, NetworkEditError, saveEntity, type EntityKind } from '../../domain/network/edit.ts';

interface Props {
  networkId: string;
  content: PeerNetwork;
  names: readonly string[];
  onSave: (content: PeerNetwork) => Promise<boolean>;
}

const KIND_TITLES: Record<EntityKind, string> = { person: 'Add a person', incident: 'Add an incident', institution: 'Add an institution' };

function EntityForm({ networkId, content, names, onSave, kind }: Props & { kind: EntityKind }) {
  const prefix = `${networkId}-${kind}`;
  const [values, setValues] = useState({ id: '', label: '', extra: '', date: '' });
  const [confirm, setConfirm] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reason = values.label.trim() ? nameCheck(names)(values.label.trim(), kind === 'person') : null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason && !confirm) return setError(`“${values.label.trim()}” looks like a person’s name (${NAME_LIKE_REASONS[reason]}). Use a pseudonym, or confirm it is not a name.`);
    try {
      const entity = kind === 'person' ? { id: values.id, label: values.label, group: values.extra }
        : kind === 'incident' ? { id: values.id, label: values.label, kind: values.extra, date: values.date }
          : { id: values.id, label: values.label, kind: values.extra };
      const next = saveEntity(content, kind, entity as never);
      if (await onSave(next)) {
        setValues({ id: '', label: '', extra: '', date: '' });
        setConfirm(false);
        setError(null);
      }
    } catch (e) {
      if (!(e instanceof NetworkEditError)) throw e;
      setError(e.message);
    }
  };
  const input = (name: 'id' | 'label' | 'extra' | 'date', label: string, width = 'govuk-input--width-10') => (
    <div className="govuk-form-group app-network-inline">
      <label className="govuk-label" htmlFor={`${prefix}-${name}`}>{label}</label>
      <input className={`govuk-input ${width}`} id={`${prefix}-${name}`} autoComplete="off" value={values[name]} onChange={(e) => setValues({ ...values, [name]: e.target.value })} />
    </div>
  );
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${prefix}-title`}>
      <h4 className="govuk-heading-s" id={`${prefix}-title`}>{KIND_TITLES[kind]}</h4>
      <div className={error ? 'govuk-form-group--error' : ''}>
        {error && <p className="govuk-error-message" role="alert"><span className="govuk-visually-hidden">Error:</span> {error}</p>}
        {input('id', 'Id')}
        {input('label', kind === 'person' ? 'Pseudonym' : 'Label', 'govuk-input--width-20')}
        {input('extra', kind === 'person' ? 'Group (optional)' : 'Kind')}
        {kind === 'incident' && input('date', 'Date (YYYY-MM-DD, optional)')}
        {reason && (
          <div className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-4">
            <div className="govuk-checkboxes__item">
              <input className="govuk-checkboxes__input" type="checkbox" id={`${prefix}-confirm`} checked={confirm} onChange={(e) => setConfirm(e.target.checked)} />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={`${prefix}-confirm`}>This label is not a person’s name</label>
            </div>
          </div>
        )}
      </div>
      <Button type="submit" variant="secondary">{KIND_TITLES[kind]}</Button>
    </form>
  );
}

function LinkForm({ networkId, content, onSave }: Props) {
  const prefix = `${networkId}-link`;
  const [values, setValues] = useState({ person: '', target: '', role: '', from: '', to: '' });
  const [error, setError] = useState<string | null>(null);
  const isIncident = content.incidents.some((x) => x.id === values.target);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const link = isIncident ? { person: values.person, target: values.target, role: values.role as never } : { person: values.person, target: values.target, from: values.from, to: values.to };
      if (await onSave(addLink(content, link))) {
        setValues({ person: '', target: '', role: '', from: '', to: '' });
        setError(null);
      }
    } catch (e) {
      if (!(e instanceof NetworkEditError)) throw e;
      setError(e.message);
    }
  };
  const select = (name: 'person' | 'target' | 'role', label: string, options: Array<{ value: string; text: string }>) => (
    <div className="govuk-form-group app-network-inline">
      <label className="govuk-label" htmlFor={`${prefix}-${name}`}>{label}</label>
      <select className="govuk-select" id={`${prefix}-${name}`} value={values[name]} onChange={(e) => setValues({ ...values, [name]: e.target.value })}>
        <option value="">Choose</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.text}</option>)}
      </select>
    </div>
  );
  const dateInput = (name: 'from' | 'to', label: string) => (
    <div className="govuk-form-group app-network-inline">
      <label className="govuk-label" htmlFor={`${prefix}-${name}`}>{label}</label>
      <input className="govuk-input govuk-input--width-10" id={`${prefix}-${name}`} autoComplete="off" value={values[name]} onChange={(e) => setValues({ ...values, [name]: e.target.value })} />
    </div>
  );
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${prefix}-title`}>
      <h4 className="govuk-heading-s" id={`${prefix}-title`}>Add a link</h4>
      <div className={error ? 'govuk-form-group--error' : ''}>
        {error && <p className="govuk-error-message" role="alert"><span className="govuk-visually-hidden">Error:</span> {error}</p>}
        {select('person', 'Person', content.people.map((p) => ({ value: p.id, text: `${p.label} (${p.id})` })))}
        {select('target', 'Incident or institution', [...content.incidents, ...content.institutions].map((x) => ({ value: x.id, text: `${x.label} (${x.id})` })))}
        {isIncident ? select('role', 'Role', LINK_ROLES.map((r) => ({ value: r, text: r.charAt(0).toUpperCase() + r.slice(1) })))
          : <>{dateInput('from', 'Attended from (YYYY-MM-DD, optional)')}{dateInput('to', 'Attended to (YYYY-MM-DD, optional)')}</>}
      </div>
      <Button type="submit" variant="secondary">Add the link</Button>
    </form>
  );
}

export function EntryForms(props: Props) {
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary"><span className="govuk-details__summary-text">Add people, incidents, institutions and links</span></summary>
      <div className="govuk-details__text">
        <EntityForm {...props} kind="person" />
        <EntityForm {...props} kind="incident" />
        <EntityForm {...props} kind="institution" />
        <LinkForm {...props} />
      </div>
    </details>
  );
}
