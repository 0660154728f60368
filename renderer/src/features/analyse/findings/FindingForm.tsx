/**
 * Adds a finding: its theme, kind, title and what was found, with the evidence chosen
 * beforehand (ticked passages in the evidence browser) and that evidence's strength, so
 * the reviewer sees a single voice before committing to it.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { hrefFor } from '../../../app/router.ts';
import { useSaveStatus } from '../../../app/saveStatus.tsx';
import { Button } from '../../../components/Button.tsx';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { Field } from '../../../components/Field.tsx';
import { db } from '../../../db/index.ts';
import { addFinding } from '../../../db/findingRepository.ts';
import { strengthOfEvidence } from '../../../domain/evidence.ts';
import type { FindingKind } from '../../../domain/passageFilter.ts';
import type { Excerpt } from '../../../domain/reviewFile.ts';
import { QuotedPassages } from '../evidence/QuotedPassages.tsx';
import type { PassageLookups } from '../evidence/passageLookups.ts';
import { ThemeOptions } from '../evidence/ThemeOptions.tsx';
import { KindRadios } from './KindRadios.tsx';
import { StrengthOfEvidence } from './StrengthOfEvidence.tsx';
import './findings.scss';

export interface FindingFormProps {
  reviewId: string;
  lookups: PassageLookups;
  /** The passages the finding rests on (none when adding from scratch). */
  evidence: readonly Excerpt[];
  /** Starting choices; without a theme, the framework's first theme. */
  initial: { themeId: string | undefined; kind: FindingKind };
  onDone: (findingId: string) => void;
  onCancel: () => void;
}

const TITLE_ID = 'new-finding-title';

export function FindingForm({ reviewId, lookups, evidence, initial, onDone, onCancel }: FindingFormProps) {
  const { track } = useSaveStatus();
  const [themeId, setThemeId] = useState(initial.themeId ?? lookups.themesInOrder[0]?.id ?? '');
  const [kind, setKind] = useState<FindingKind>(initial.kind);
  const [title, setTitle] = useState('');
  const [detail, setDetail] = useState('');
  const [titleError, setTitleError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => { first.current?.focus(); }, []);
  const errors = useMemo(() => [...(problem ? [{ text: problem }] : []), ...(titleError ? [{ href: `#${TITLE_ID}`, text: titleError }] : [])], [problem, titleError]);
  const excerptIds = evidence.map((x) => x.id);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = title.trim() ? undefined : 'Enter a title for the finding';
    setTitleError(missing);
    setProblem(undefined);
    if (missing) return;
    let savedId = '';
    const isSaved = await track(async () => {
      savedId = await addFinding(db, reviewId, { themeId, kind, title: title.trim(), detail: detail.trim(), excerptIds });
    });
    if (isSaved) onDone(savedId);
    else setProblem('The finding could not be added. Check its theme and evidence are still in the review, then try again.');
  };

  if (lookups.themesInOrder.length === 0) {
    return (
      <div className="app-finding-form">
        <p className="govuk-body">
          A finding sits under a theme, and this review has no themes yet. <a className="govuk-link" href={hrefFor({ page: 'workspace', reviewId, stage: 'scope' })}>Add themes in the Scope stage</a>.
        </p>
        <Button variant="secondary" onClick={onCancel}>Cancel</Button>
      </div>
    );
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="finding-form-heading" className="app-finding-form">
      <h3 className="govuk-heading-m" id="finding-form-heading">{evidence.length ? `Make a finding from ${evidence.length} passage${evidence.length === 1 ? '' : 's'}` : 'Add a finding'}</h3>
      <ErrorSummary errors={errors} />
      <Field id="new-finding-theme" label="Theme">
        {() => (
          <select id="new-finding-theme" ref={first} className="govuk-select" value={themeId} onChange={(e) => setThemeId(e.target.value)}>
            <ThemeOptions themes={lookups.themesInOrder} />
          </select>
        )}
      </Field>
      <KindRadios id="new-finding-kind" legend="Kind of finding" value={kind} onChange={setKind} />
      <Field id={TITLE_ID} label="Title" hint="One sentence a partner can act on, for example ‘Return-home interviews come too late’" error={titleError}>
        {(describedBy) => (
          <input id={TITLE_ID} className={`govuk-input${titleError ? ' govuk-input--error' : ''}`} value={title} aria-describedby={describedBy} autoComplete="off" spellCheck
            onChange={(e) => setTitle(e.target.value)} />
        )}
      </Field>
      <Field id="new-finding-detail" label="What you found (optional)" hint="The issue and its drivers, in your own words. Attribute to agencies, never to people.">
        {(describedBy) => (
          <textarea autoComplete="off" id="new-finding-detail" className="govuk-textarea" rows={4} value={detail} aria-describedby={describedBy} spellCheck onChange={(e) => setDetail(e.target.value)} />
        )}
      </Field>
      <h4 className="govuk-heading-s">Evidence</h4>
      {evidence.length === 0 ? (
        <p className="govuk-body">No passages yet. Once it is added, choose its evidence with Edit, or start from ticked passages in Evidence.</p>
      ) : (
        <QuotedPassages reviewId={reviewId} passages={evidence} lookups={lookups} label="Evidence for the new finding" />
      )}
      <StrengthOfEvidence strength={strengthOfEvidence({ excerptIds }, lookups)} />
      <div className="govuk-button-group">
        <Button type="submit">Add finding</Button>
        <Button variant="secondary" onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
