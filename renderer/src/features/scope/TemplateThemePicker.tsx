/** Offers the template's themes the review lacks; choosing a sub-theme brings its parent. */
import { Button } from '../../components/Button.tsx';
import { useToggleSet } from '../../components/useToggleSet.ts';
import { useSaveStatus } from '../../app/saveStatus.tsx';
import { db } from '../../db/index.ts';
import { addThemes } from '../../db/themeRepository.ts';
import type { Review, Theme } from '../../domain/reviewFile.ts';
import { missingTemplateThemes, themesToAdd } from '../../domain/templateThemes.ts';
import { templateFor } from '../workspace/templateFor.ts';

export function TemplateThemePicker({ review, themes }: { review: Review; themes: readonly Theme[] }) {
  const { track } = useSaveStatus();
  const { chosen, toggle, clear } = useToggleSet();
  const template = templateFor(review.templateId);
  if (!template) return null;
  const offered = missingTemplateThemes(template, themes);
  if (offered.length === 0) return null;
  const names = new Map(template.themes.map((t) => [t.key, t.name]));

  const addChosen = async () => {
    if (await track(() => addThemes(db, review.id, themesToAdd(template, themes, chosen)))) clear();
  };

  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary"><span className="govuk-details__summary-text">Add themes from the template ({offered.length} available)</span></summary>
      <div className="govuk-details__text">
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Template themes not yet in this review</legend>
          <div className="govuk-checkboxes govuk-checkboxes--small">
            {offered.map((t) => (
              <div className="govuk-checkboxes__item" key={t.key}>
                <input className="govuk-checkboxes__input" id={`pick-theme-${t.key}`} type="checkbox" checked={chosen.has(t.key)} onChange={() => toggle(t.key)} />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={`pick-theme-${t.key}`}>
                  {t.name}{t.parentKey ? <span className="govuk-hint govuk-!-display-inline"> (part of {names.get(t.parentKey)})</span> : null}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <Button onClick={() => void addChosen()} disabled={chosen.size === 0}>Add selected themes</Button>
      </div>
    </details>
  );
}
