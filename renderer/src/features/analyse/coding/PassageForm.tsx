/**
 * How a passage is coded: its themes (one or more, in the framework's tree order), its
 * kind, who said it and whether it may be quoted. Used to code a new selection and to
 * change a passage already coded; the passage's place in the notes is never changed here.
 * The kind is chosen every time (nothing carries over from the last passage); who said it
 * is asked in a session with several agencies, and filled in when there was only one.
 */
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Button } from '../../../components/Button.tsx';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import type { PassageCoding } from '../../../db/excerptRepository.ts';
import { EXCERPT_KIND_HINTS, type ExcerptKind } from '../../../domain/excerptLabels.ts';
import { KIND_LABELS } from '../../../domain/labels.ts';
import { EXCERPT_KINDS, type Agency, type Theme } from '../../../domain/reviewFile.ts';
import { themeTree } from '../../../domain/themeOrder.ts';
import { NumberedRadios } from './NumberedRadios.tsx';
import { ThemePicker } from './ThemePicker.tsx';

/** The speaker choice for "nobody recorded who said it". */
export const NOT_KNOWN = 'not-known';

/** A passage's coding as the form starts: the kind may be unchosen, and the speaker unasked. */
export interface PassageFormStart {
  themeIds: readonly string[];
  kind: ExcerptKind | undefined;
  isQuote: boolean;
  /** An agency id, NOT_KNOWN, or undefined when not chosen yet. */
  speaker: string | undefined;
}

export interface PassageFormProps {
  /** Prefix of the form's element ids, unique on the page. */
  idPrefix: string;
  heading: string;
  submitLabel: string;
  reviewId: string;
  passageText: string;
  themes: readonly Theme[];
  /** The engagement's agencies, in its order: whom the passage may have been said by. */
  agencies: readonly Agency[];
  initial: PassageFormStart;
  /** Saves; resolves to a problem to show, or undefined once saved. */
  onSave: (coding: PassageCoding) => Promise<string | undefined>;
  onCancel: () => void;
}

type Field = 'themes' | 'kind' | 'speaker';

export function PassageForm({ idPrefix, heading, submitLabel, reviewId, passageText, themes, agencies, initial, onSave, onCancel }: PassageFormProps) {
  const [themeIds, setThemeIds] = useState<readonly string[]>(initial.themeIds);
  const [kind, setKind] = useState<ExcerptKind | undefined>(initial.kind);
  const [isQuote, setIsQuote] = useState(initial.isQuote);
  const [speaker, setSpeaker] = useState<string | undefined>(initial.speaker);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | undefined>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Typing starts at once in the theme filter; with no themes to filter, the heading takes focus.
  useEffect(() => { (document.getElementById(`${idPrefix}-themes-filter`) ?? headingRef.current)?.focus(); }, [idPrefix]);
  const ids = { heading: `${idPrefix}-heading`, themes: `${idPrefix}-themes`, kind: `${idPrefix}-kind`, speaker: `${idPrefix}-speaker`, quote: `${idPrefix}-quote` };
  const isAsked = agencies.length > 1;

  const toggleTheme = (id: string) => setThemeIds((c) => (c.includes(id) ? c.filter((t) => t !== id) : [...c, id]));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = themeTree(themes).map((t) => t.theme.id).filter((id) => themeIds.includes(id));
    const errors: Partial<Record<Field, string>> = {
      ...(chosen.length === 0 && { themes: 'Choose at least one theme for the passage' }),
      ...(kind === undefined && { kind: 'Choose the kind of passage' }),
      ...(isAsked && speaker === undefined && { speaker: 'Choose who said it, or “Not known”' }),
    };
    setFieldErrors(errors);
    setProblem(undefined);
    if (Object.keys(errors).length > 0 || kind === undefined) return;
    const agencyId = isAsked ? (speaker === NOT_KNOWN ? undefined : speaker) : agencies[0]?.id;
    setProblem(await onSave({ themeIds: chosen, kind, isQuote, agencyId }));
  };
  // Escape leaves the form, as Cancel does.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };
  const errors = [
    ...(problem ? [{ text: problem }] : []),
    ...(['themes', 'kind', 'speaker'] as const).flatMap((f) => (fieldErrors[f] ? [{ href: `#${ids[f]}`, text: fieldErrors[f] }] : [])),
  ];

  return (
    <form className="app-passage-form" onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown} noValidate aria-labelledby={ids.heading}>
      <h3 className="govuk-heading-s app-coding-heading" id={ids.heading} ref={headingRef} tabIndex={-1}>{heading}</h3>
      <ErrorSummary errors={errors} />
      <blockquote className="govuk-inset-text app-passage-quote">{passageText}</blockquote>
      <ThemePicker id={ids.themes} reviewId={reviewId} themes={themes} chosen={themeIds} error={fieldErrors.themes} onToggle={toggleTheme} />
      <NumberedRadios id={ids.kind} legend="Kind of passage" hint="Choose one for every passage. Press 1 to 6 to choose."
        options={EXCERPT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k], hint: EXCERPT_KIND_HINTS[k] }))}
        value={kind} error={fieldErrors.kind} onChange={(v) => setKind(v as ExcerptKind)} />
      {isAsked ? (
        <NumberedRadios id={ids.speaker} legend="Who said it?"
          hint={`The agency of the person speaking. Press ${agencies.length > 9 ? 'the number shown' : `1 to ${agencies.length}`} to choose, or 0 for “Not known”.`}
          options={[...agencies.map((a) => ({ value: a.id, label: a.name })), { value: NOT_KNOWN, label: 'Not known', key: '0' }]}
          value={speaker} error={fieldErrors.speaker} onChange={setSpeaker} />
      ) : (
        <p className="govuk-body-s" data-testid={`${idPrefix}-speaker`}>
          <strong>Who said it:</strong> {agencies[0] ? `${agencies[0].name} (the only agency in this engagement)` : 'no agency is recorded for this engagement'}
        </p>
      )}
      <div className="govuk-form-group">
        <div className="govuk-checkboxes govuk-checkboxes--small">
          <div className="govuk-checkboxes__item">
            <input className="govuk-checkboxes__input" id={ids.quote} type="checkbox" checked={isQuote} onChange={(e) => setIsQuote(e.target.checked)} />
            <label className="govuk-label govuk-checkboxes__label" htmlFor={ids.quote}>May be quoted in reports (anonymised, attributed to a sector)</label>
          </div>
        </div>
      </div>
      <div className="govuk-button-group">
        <Button type="submit">{submitLabel}</Button>
        <Button variant="secondary" onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
