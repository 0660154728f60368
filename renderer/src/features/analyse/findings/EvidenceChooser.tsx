/**
 * Chooses a finding's evidence by ticking passages. It offers the passages coded to the
 * finding's theme (and its sub-themes) plus any already cited, with a way to show every
 * passage; each tick saves at once.
 */
import { useState } from 'react';
import { useOptimisticValue } from '../../../components/useOptimistic.ts';
import { themeWithDescendants } from '../../../domain/passageFilter.ts';
import type { Excerpt, Finding, Theme } from '../../../domain/reviewFile.ts';
import { PassageSource } from '../evidence/PassageSource.tsx';
import type { PassageLookups } from '../evidence/passageLookups.ts';

export interface EvidenceChooserProps {
  reviewId: string;
  finding: Finding;
  /** Every coded passage of the review, in the order heard. */
  passages: readonly Excerpt[];
  themes: readonly Theme[];
  lookups: PassageLookups;
  onChange: (excerptIds: string[]) => void;
}

export function EvidenceChooser({ reviewId, finding, passages, themes, lookups, onChange }: EvidenceChooserProps) {
  const [isShowingAll, setIsShowingAll] = useState(false);
  // Keyed on the ids' text: every snapshot brings a new array with the same ids.
  const [chosenKey, setChosenKey] = useOptimisticValue(finding.excerptIds.join(' '));
  const chosen = chosenKey ? chosenKey.split(' ') : [];
  const ofTheme = themeWithDescendants(themes, finding.themeId);
  const themeName = lookups.themeById.get(finding.themeId)?.name ?? 'its theme';
  const offered = isShowingAll ? passages : passages.filter((x) => chosen.includes(x.id) || x.themeIds.some((id) => ofTheme.has(id)));
  const id = `finding-${finding.id}-evidence`;
  const toggle = (excerptId: string) => {
    const next = chosen.includes(excerptId) ? chosen.filter((x) => x !== excerptId) : [...chosen, excerptId];
    setChosenKey(next.join(' '));
    onChange(next);
  };
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset" aria-describedby={`${id}-hint`}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Evidence</legend>
        <div className="govuk-hint" id={`${id}-hint`}>
          {isShowingAll ? `All ${passages.length} coded passages. Tick the ones this finding rests on.` : `Passages coded to ${themeName} or its sub-themes, and any already cited. Tick the ones this finding rests on.`}
        </div>
        {offered.length === 0 ? <p className="govuk-body">No passages are coded to {themeName} yet.</p> : (
          <div className="govuk-checkboxes govuk-checkboxes--small">
            {offered.map((x) => (
              <div className="govuk-checkboxes__item" key={x.id}>
                <input className="govuk-checkboxes__input" id={`${id}-${x.id}`} type="checkbox" checked={chosen.includes(x.id)} onChange={() => toggle(x.id)} aria-describedby={`${id}-${x.id}-source`} />
                <label className="govuk-label govuk-checkboxes__label app-passage__text" htmlFor={`${id}-${x.id}`}>{x.text}</label>
                <div className="govuk-hint govuk-checkboxes__hint govuk-body-s" id={`${id}-${x.id}-source`}><PassageSource reviewId={reviewId} excerpt={x} lookups={lookups} /></div>
              </div>
            ))}
          </div>
        )}
      </fieldset>
      <button type="button" className="govuk-link app-link-button govuk-!-margin-top-2" onClick={() => setIsShowingAll(!isShowingAll)}>
        {isShowingAll ? `Show only passages coded to ${themeName}` : `Show all ${passages.length} coded passages`}
      </button>
    </div>
  );
}
