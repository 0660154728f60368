/**
 * The Peer networks screen of a review (issue 15): its networks, each with its map,
 * figures and table, and a form to start another. Labels are pseudonyms by construction.
 */
import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { useNotices, messageOf } from '../../app/notices.tsx';
import { db } from '../../db/index.ts';
import { addNetwork, networksOf } from '../../db/networkRepository.ts';
import { readNameRegister } from '../../db/nameRegisterRepository.ts';
import { isNetworkDate } from '../../domain/network/schema.ts';
import { NETWORK_FILES, networkTemplate, type NetworkFileKey } from '../../domain/network/index.ts';
import type { Review } from '../../domain/reviewFile.ts';
import { getHost } from '../../host/index.ts';
import { useSharedLiveQuery } from '../workspace/useSharedLiveQuery.ts';
import { templateWorkbook } from './networkFiles.ts';
import { NetworkView } from './NetworkView.tsx';
import './networks.scss';

function NewNetworkForm({ reviewId }: { reviewId: string }) {
  const { notify } = useNotices();
  const [values, setValues] = useState({ title: '', date: '', sourceNote: '' });
  const [errors, setErrors] = useState<Array<{ href: string; text: string }>>([]);
  const [attempt, setAttempt] = useState(0);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = [
      ...(values.title.trim() ? [] : [{ href: '#new-network-title', text: 'Enter a title for the network' }]),
      ...(!values.date.trim() || isNetworkDate(values.date.trim()) ? [] : [{ href: '#new-network-date', text: 'Enter the date as YYYY-MM-DD, for example 2026-03-01' }]),
    ];
    setErrors(found);
    if (found.length) return setAttempt((n) => n + 1);
    try {
      await addNetwork(db, reviewId, { title: values.title.trim(), sourceNote: values.sourceNote.trim(), ...(values.date.trim() && { date: values.date.trim() }) });
      setValues({ title: '', date: '', sourceNote: '' });
      notify({ kind: 'success', text: `Added the network “${values.title.trim()}”. Import the template or add entries below.` });
    } catch (error) {
      notify({ kind: 'important', title: 'Could not add the network', text: messageOf(error) });
    }
  };
  const errorFor = (id: string) => errors.find((e) => e.href === `#${id}`)?.text;
  const field = (id: string, name: 'title' | 'date' | 'sourceNote', label: string, hint?: string) => (
    <div className={`govuk-form-group${errorFor(id) ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>{label}</label>
      {hint && <div className="govuk-hint" id={`${id}-hint`}>{hint}</div>}
      {errorFor(id) && <p className="govuk-error-message" id={`${id}-error`}><span className="govuk-visually-hidden">Error:</span> {errorFor(id)}</p>}
      <input
        className={`govuk-input${name === 'date' ? ' govuk-input--width-10' : ''}${errorFor(id) ? ' govuk-input--error' : ''}`} id={id} autoComplete="off" value={values[name]}
        aria-describedby={[hint && `${id}-hint`, errorFor(id) && `${id}-error`].filter(Boolean).join(' ') || undefined}
        onChange={(e) => setValues({ ...values, [name]: e.target.value })}
      />
    </div>
  );
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="new-network-heading">
      <h2 className="govuk-heading-m" id="new-network-heading">Add a network</h2>
      <ErrorSummary errors={errors} attempt={attempt} />
      {field('new-network-title', 'title', 'Title')}
      {field('new-network-date', 'date', 'Date (optional)', 'When the data was drawn, as YYYY-MM-DD')}
      {field('new-network-source', 'sourceNote', 'Source note', 'Where the data came from, for example “YOT caseload and police incident log”')}
      <Button type="submit">Add the network</Button>
    </form>
  );
}

export function NetworksPage({ review }: { review: Review }) {
  const data = useSharedLiveQuery(async () => ({
    networks: await networksOf(db, review.id),
    names: await readNameRegister(db, review.id),
  }), [review.id]);
  const downloadCsv = async (key: NetworkFileKey) => {
    await getHost().saveFile(NETWORK_FILES[key].file, 'csv', new TextEncoder().encode(networkTemplate()[key]));
  };
  return (
    <>
      <p className="govuk-body">
        Map who is linked to whom through serious incidents and the schools, colleges, pupil referral units and custody
        institutions they attended. Use pseudonyms such as “YP07”, never names: a label that looks like a name is refused
        unless you confirm it is not one. Networks are part of the review file and can appear in the Word report and the workbook.
      </p>
      <details className="govuk-details">
        <summary className="govuk-details__summary"><span className="govuk-details__summary-text">The blank template</span></summary>
        <div className="govuk-details__text">
          <p className="govuk-body">
            Four files, each with its header row first: people (id, label, group), incidents (id, label, kind, date),
            institutions (id, label, kind) and links (person, target, role, from, to). A link’s target is an incident or
            institution id; its role (victim, perpetrator, witness or other) is for incidents, and the attendance dates
            (YYYY-MM-DD, either may be empty) for institutions.
          </p>
          <div className="govuk-button-group">
            <Button variant="secondary" onClick={() => void templateWorkbook().then((bytes) => getHost().saveFile('peer network template.xlsx', 'xlsx', bytes))}>Download the template workbook</Button>
            {(Object.keys(NETWORK_FILES) as NetworkFileKey[]).map((key) => (
              <Button key={key} variant="secondary" onClick={() => void downloadCsv(key)}>Download {NETWORK_FILES[key].file}</Button>
            ))}
          </div>
        </div>
      </details>
      <h2 className="govuk-visually-hidden" id="networks-heading" tabIndex={-1}>Networks</h2>
      {data === undefined ? <p className="govuk-body">Loading the networks…</p>
        : data.networks.length === 0 ? <p className="govuk-body">This review has no peer networks yet.</p>
          : data.networks.map((n) => <NetworkView key={n.id} network={n} names={data.names} />)}
      <NewNetworkForm reviewId={review.id} />
    </>
  );
}
