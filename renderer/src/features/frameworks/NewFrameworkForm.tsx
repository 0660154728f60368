/**
 * Starts a framework: a title, a region, and the reviews to draw on, picked from this
 * computer or added from review files (read, never changed or imported). Refuses a
 * review included twice, beside the list, and changes nothing.
 */
import { useState } from 'react';
import { messageOf } from '../../app/notices.tsx';
import { Button } from '../../components/Button.tsx';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import type { ReviewFile } from '../../domain/reviewFile.ts';
import { useReviews } from '../reviews/useReviews.ts';
import { openReviewFile } from './frameworkFiles.ts';

export interface NewFrameworkInput {
  title: string;
  region: string;
  reviewIds: string[];
  files: ReviewFile[];
}

export function NewFrameworkForm({ onCreate, onCancel }: { onCreate: (input: NewFrameworkInput) => Promise<unknown>; onCancel: () => void }) {
  const reviews = useReviews() ?? [];
  const [title, setTitle] = useState('');
  const [region, setRegion] = useState('');
  const [reviewIds, setReviewIds] = useState<string[]>([]);
  const [files, setFiles] = useState<ReviewFile[]>([]);
  const [errors, setErrors] = useState<Array<{ href: string; text: string }>>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const errorOf = (id: string) => errors.find((e) => e.href === `#${id}`)?.text;

  const addFile = async () => {
    try {
      const file = await openReviewFile();
      if (!file) return;
      const taken = reviewIds.includes(file.review.id) || files.some((f) => f.review.id === file.review.id);
      if (taken) throw new Error(`The review “${file.review.title}” is already included. A review can be in a framework once.`);
      setFiles([...files, file]);
      setErrors(errors.filter((e) => e.href !== '#framework-reviews'));
    } catch (error) {
      setErrors([{ href: '#framework-reviews', text: messageOf(error) }]);
      setAttempt((n) => n + 1);
    }
  };

  const submit = async () => {
    const found: Array<{ href: string; text: string }> = [];
    if (!title.trim()) found.push({ href: '#framework-title', text: 'Enter a title for the framework' });
    if (!region.trim()) found.push({ href: '#framework-region', text: 'Enter the county or region the framework covers' });
    if (reviewIds.length + files.length === 0) found.push({ href: '#framework-reviews', text: 'Choose at least one review to draw on' });
    const twice = files.find((f) => reviewIds.includes(f.review.id));
    if (twice) found.push({ href: '#framework-reviews', text: `The review “${twice.review.title}” is included twice. A review can be in a framework once.` });
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length) return;
    setBusy(true);
    try {
      await onCreate({ title: title.trim(), region: region.trim(), reviewIds, files });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={(e) => { e.preventDefault(); void submit(); }} aria-labelledby="new-framework-heading">
      <h2 className="govuk-heading-m" id="new-framework-heading">New framework</h2>
      <ErrorSummary errors={errors} attempt={attempt} />
      <Field id="framework-title" label="Title" error={errorOf('framework-title')}>
        {(describedBy) => <input id="framework-title" className="govuk-input govuk-!-width-two-thirds" value={title} aria-describedby={describedBy} autoComplete="off" onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field id="framework-region" label="County or region" error={errorOf('framework-region')}>
        {(describedBy) => <input id="framework-region" className="govuk-input govuk-!-width-one-half" value={region} aria-describedby={describedBy} autoComplete="off" onChange={(e) => setRegion(e.target.value)} />}
      </Field>
      <div className={`govuk-form-group${errorOf('framework-reviews') ? ' govuk-form-group--error' : ''}`}>
        {errorOf('framework-reviews') && <p className="govuk-error-message"><span className="govuk-visually-hidden">Error:</span> {errorOf('framework-reviews')}</p>}
        <CheckboxGroup id="framework-reviews" legend="Reviews on this computer" hint="The framework keeps a snapshot of each: findings, recommendations and action statuses, never notes, passages, quotes or the review team."
          options={reviews.map((r) => ({ value: r.id, label: `${r.title} (${r.area})` }))} chosen={reviewIds} onChange={setReviewIds} emptyText="There are no reviews on this computer yet." />
        <h3 className="govuk-heading-s">Review files</h3>
        {files.length > 0 && (
          <ul className="govuk-list" aria-label="Review files added">
            {files.map((f) => (
              <li key={f.review.id}>{f.review.title} ({f.review.area}){' '}
                <Button variant="secondary" isSmall onClick={() => setFiles(files.filter((x) => x !== f))}>Remove<span className="govuk-visually-hidden"> {f.review.title}</span></Button>
              </li>
            ))}
          </ul>
        )}
        <Button variant="secondary" onClick={() => void addFile()}>Add a review file</Button>
      </div>
      <div className="govuk-button-group">
        <Button type="submit" disabled={busy}>Create framework</Button>
        <Button variant="secondary" onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
