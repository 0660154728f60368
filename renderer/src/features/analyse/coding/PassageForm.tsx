/**
 * How a passage is coded: its themes (one or more, in the framework's tree order), its
 * kind, and whether it may be quoted. Used to code a new selection and to change a
 * passage already coded; the passage's place in the notes is never changed here.
 */
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { hrefFor } from '../../../app/router.ts';
import { Button } from '../../../components/Button.tsx';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import type { PassageCoding } from '../../../db/excerptRepository.ts';
import { EXCERPT_KIND_HINTS } from '../../../domain/excerptLabels.ts';
import { KIND_LABELS } from '../../../domain/labels.ts';
import { EXCERPT_KINDS, type Theme } from '../../../domain/reviewFile.ts';
import { themeTree } from '../../../domain/themeOrder.ts';

export interface PassageFormProps {
  /** Prefix of the form's element ids, unique on the page. */
  idPrefix: string;
  heading: string;
  submitLabel: string;
  reviewId: string;
  passageText: string;
  themes: readonly Theme[];
  initial: PassageCoding;
  /** Saves; resolves to a problem to show, or undefined once saved. */
  onSave: (coding: PassageCoding) => Promise<string | undefined>;
  onCancel: () => void;
}

export function PassageForm({ idPrefix, heading, submitLabel, reviewId, passageText, themes, initial, onSave, onCancel }: PassageFormProps) {
  const [coding, setCoding] = useState<PassageCoding>(initial);
  const [themeError, setThemeError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => { headingRef.current?.focus(); }, []);
  const tree = themeTree(themes);
  const ids = { heading: `${idPrefix}-heading`, themes: `${idPrefix}-themes`, kind: `${idPrefix}-kind`, quote: `${idPrefix}-quote` };

  const toggleTheme = (id: string) => setCoding((c) => ({ ...c, themeIds: c.themeIds.includes(id) ? c.themeIds.filter((t) => t !== id) : [...c.themeIds, id] }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = tree.map((t) => t.theme.id).filter((id) => coding.themeIds.includes(id));
    setThemeError(chosen.length === 0 ? 'Choose at least one theme for the passage' : undefined);
    setProblem(undefined);
    if (chosen.length === 0) return;
    setProblem(await onSave({ ...coding, themeIds: chosen }));
  };
  // Escape leaves the form, as Cancel does.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };
  const errors = [...(problem ? [{ text: problem }] : []), ...(themeError ? [{ href: `#${ids.themes}`, text: themeError }] : [])];

  return (
    <form className="app-passage-form" onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown} noValidate aria-labelledby={ids.heading}>
      <h3 className="govuk-heading-s app-coding-heading" id={ids.heading} ref={headingRef} tabIndex={-1}>{heading}</h3>
      <ErrorSummary errors={errors} />
      <blockquote className="govuk-inset-text app-passage-quote">{passageText}</blockquote>
      <div className={`govuk-form-group${themeError ? ' govuk-form-group--error' : ''}`} id={ids.themes}>
        <fieldset className="govuk-fieldset" aria-describedby={`${ids.themes}-hint${themeError ? ` ${ids.themes}-error` : ''}`}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Themes</legend>
          <div className="govuk-hint" id={`${ids.themes}-hint`}>Choose every theme the passage speaks to.</div>
          {themeError && <p className="govuk-error-message" id={`${ids.themes}-error`}><span className="govuk-visually-hidden">Error:</span> {themeError}</p>}
          {tree.length === 0 ? (
            <p className="govuk-body">This review has no themes yet. <a className="govuk-link" href={hrefFor({ page: 'workspace', reviewId, stage: 'scope' })}>Add themes in the Scope stage</a>.</p>
          ) : (
            <div className="govuk-checkboxes govuk-checkboxes--small">
              {tree.map(({ theme, depth }) => (
                <div className={`govuk-checkboxes__item app-theme-choice--depth-${Math.min(depth, 3)}`} key={theme.id}>
                  <input className="govuk-checkboxes__input" id={`${ids.themes}-${theme.id}`} type="checkbox"
                    checked={coding.themeIds.includes(theme.id)} onChange={() => toggleTheme(theme.id)} />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={`${ids.themes}-${theme.id}`}>{theme.name}</label>
                </div>
              ))}
            </div>
          )}
        </fieldset>
      </div>
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Kind of passage</legend>
          <div className="govuk-radios govuk-radios--small">
            {EXCERPT_KINDS.map((kind) => (
              <div className="govuk-radios__item" key={kind}>
                <input className="govuk-radios__input" id={`${ids.kind}-${kind}`} name={ids.kind} type="radio" value={kind}
                  checked={coding.kind === kind} onChange={() => setCoding((c) => ({ ...c, kind }))} aria-describedby={`${ids.kind}-${kind}-hint`} />
                <label className="govuk-label govuk-radios__label" htmlFor={`${ids.kind}-${kind}`}>{KIND_LABELS[kind]}</label>
                <div className="govuk-hint govuk-radios__hint" id={`${ids.kind}-${kind}-hint`}>{EXCERPT_KIND_HINTS[kind]}</div>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="govuk-form-group">
        <div className="govuk-checkboxes govuk-checkboxes--small">
          <div className="govuk-checkboxes__item">
            <input className="govuk-checkboxes__input" id={ids.quote} type="checkbox" checked={coding.isQuote}
              onChange={(e) => setCoding((c) => ({ ...c, isQuote: e.target.checked }))} />
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
