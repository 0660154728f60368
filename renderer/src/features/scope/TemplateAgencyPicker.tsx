/** Offers the template's agencies not yet in scope, grouped by sector, as checkboxes. */
import { Button } from '../../components/Button.tsx';
import { useToggleSet } from '../../components/useToggleSet.ts';
import { useSaveStatus } from '../../app/saveStatus.tsx';
import { db } from '../../db/index.ts';
import { addAgencies } from '../../db/agencyRepository.ts';
import { SECTOR_LABELS } from '../../domain/labels.ts';
import type { Agency } from '../../domain/reviewFile.ts';
import { templateFor } from '../workspace/templateFor.ts';

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function TemplateAgencyPicker({ reviewId, templateId, existing }: { reviewId: string; templateId: string; existing: readonly Agency[] }) {
  const { track } = useSaveStatus();
  const { chosen, toggle, clear } = useToggleSet();
  const offered = (templateFor(templateId)?.agencies ?? []).filter((t) => !existing.some((a) => sameName(a.name, t.name)));
  const sectors = [...new Set(offered.map((a) => a.sector))];


  const addChosen = async () => {
    const picked = offered.filter((a) => chosen.has(a.key)).map(({ name, sector }) => ({ name, sector }));
    if (picked.length && (await track(() => addAgencies(db, reviewId, picked)))) clear();
  };

  if (offered.length === 0) return null;
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary"><span className="govuk-details__summary-text">Add agencies from the template ({offered.length} available)</span></summary>
      <div className="govuk-details__text">
        {sectors.map((sector) => (
          <fieldset className="govuk-fieldset govuk-!-margin-bottom-4" key={sector}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{SECTOR_LABELS[sector]}</legend>
            <div className="govuk-checkboxes govuk-checkboxes--small">
              {offered.filter((a) => a.sector === sector).map((a) => (
                <div className="govuk-checkboxes__item" key={a.key}>
                  <input className="govuk-checkboxes__input" id={`pick-agency-${a.key}`} type="checkbox" checked={chosen.has(a.key)} onChange={() => toggle(a.key)} />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={`pick-agency-${a.key}`}>{a.name}</label>
                </div>
              ))}
            </div>
          </fieldset>
        ))}
        <Button onClick={() => void addChosen()} disabled={chosen.size === 0}>Add selected agencies</Button>
      </div>
    </details>
  );
}
