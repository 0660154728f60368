/**
 * The findings a recommendation answers: checkboxes grouped under their themes, each
 * showing its kind, and whether a gap or barrier still waits for an answer.
 */
import { hrefFor } from '../../app/router.ts';
import { findingsByTheme } from '../../domain/findingGroups.ts';
import { FINDING_KIND_LABELS } from '../../domain/labels.ts';
import type { Finding, Theme } from '../../domain/reviewFile.ts';
import { findingTitle } from './recommendationText.ts';

export interface FindingsPickerProps {
  id: string;
  reviewId: string;
  findings: readonly Finding[];
  themes: readonly Theme[];
  /** Gaps and barriers no recommendation answers yet, marked so the reviewer sees them. */
  unansweredIds: ReadonlySet<string>;
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
}

export function FindingsPicker({ id, reviewId, findings, themes, unansweredIds, chosen, onChange }: FindingsPickerProps) {
  const toggle = (value: string) => onChange(chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value]);
  const groups = findingsByTheme(findings, themes);
  return (
    <div className="govuk-form-group" id={id}>
      <fieldset className="govuk-fieldset" aria-describedby={`${id}-hint`}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Findings this answers</legend>
        <div className="govuk-hint" id={`${id}-hint`}>Every gap and barrier should be answered by at least one recommendation.</div>
        {groups.length === 0 && (
          <p className="govuk-body">
            No findings yet. <a className="govuk-link" href={hrefFor({ page: 'workspace', reviewId, stage: 'analyse', view: 'findings' })}>Draw out findings in the Analyse stage</a>.
          </p>
        )}
        {groups.map((group) => (
          <fieldset className="govuk-fieldset app-finding-group" key={group.theme.id}>
            <legend className="govuk-fieldset__legend govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{group.label}</legend>
            <div className="govuk-checkboxes govuk-checkboxes--small">
              {group.findings.map((finding) => {
                const boxId = `${id}-${finding.id}`;
                return (
                  <div className="govuk-checkboxes__item" key={finding.id}>
                    <input className="govuk-checkboxes__input" id={boxId} type="checkbox" aria-describedby={`${boxId}-kind`}
                      checked={chosen.includes(finding.id)} onChange={() => toggle(finding.id)} />
                    <label className="govuk-label govuk-checkboxes__label" htmlFor={boxId}>{findingTitle(finding)}</label>
                    <div className="govuk-hint govuk-checkboxes__hint" id={`${boxId}-kind`}>
                      {FINDING_KIND_LABELS[finding.kind]}{unansweredIds.has(finding.id) && ' · not answered by any recommendation yet'}
                    </div>
                  </div>
                );
              })}
            </div>
          </fieldset>
        ))}
      </fieldset>
    </div>
  );
}
