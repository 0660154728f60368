/**
 * The personal-data check on the Report stage: what the Word report and the Excel
 * workbook would carry that looks like personal data, each linked to its place; quotes
 * that could identify their speaker; and the "Export anyway" decision, with the decisions
 * already recorded in the review.
 */
import { useEffect, useRef } from 'react';
import { hrefFor } from '../../app/router.ts';
import type { PersonalDataAcknowledgement, Review } from '../../domain/reviewFile.ts';
import { PersonalDataList } from '../privacy/PersonalDataList.tsx';
import type { PersonalDataGate } from './usePersonalDataGate.ts';

const EXPORT_WORDS: Record<PersonalDataAcknowledgement['export'], string> = {
  word: 'Word report', excel: 'Excel workbook', 'review-file': 'review file', backup: 'backup',
};

const when = (instant: string) => new Date(instant).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });
const items = (n: number) => (n === 1 ? '1 item' : `${n} items`);

export function PersonalDataPanel({ review, gate, isBusy }: { review: Review; gate: PersonalDataGate; isBusy: boolean }) {
  const { check, byExport, isAcknowledged, acknowledge, error, refusals, checkboxRef } = gate;
  // After a refused export, once the progress panel has gone, focus lands on the decision beside its error.
  const focused = useRef(0);
  useEffect(() => {
    if (isBusy || refusals === focused.current) return;
    focused.current = refusals;
    checkboxRef.current?.focus();
  }, [refusals, isBusy, checkboxRef]);
  const past = review.personalDataAcknowledgements ?? [];
  const registerLink = hrefFor({ page: 'workspace', reviewId: review.id, stage: 'scope' });
  return (
    <section aria-labelledby="personal-data-heading" className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m" id="personal-data-heading">Personal data check</h2>
      <p className="govuk-body">
        Before either file is made, everything it would carry is checked for phone numbers, email addresses, postcodes,
        National Insurance and NHS numbers, dates of birth, addresses, titled names (such as “Mr Smith”) and the names in
        this review’s <a className="govuk-link" href={`${registerLink}`}>register of names</a> (on the Scope stage).
      </p>
      {check === undefined && <p className="govuk-body" role="status">Checking…</p>}
      {check && byExport && (
        <>
          <p className="govuk-body" role="status">
            {check.hits.length === 0
              ? 'No personal data found in what the report and the workbook would carry.'
              : `Found ${items(check.hits.length)} that may be personal data. Change each at its place (the link opens it), or export anyway.`}
          </p>
          <PersonalDataList file={check.file} hits={check.hits} risks={check.risks} carriedBy={byExport.carriedBy} idPrefix="report" />
          {check.hits.length > 0 && (
            <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
              {error && <p className="govuk-error-message" id="export-anyway-error"><span className="govuk-visually-hidden">Error:</span> {error}</p>}
              <div className="govuk-checkboxes govuk-checkboxes--small">
                <div className="govuk-checkboxes__item">
                  <input className="govuk-checkboxes__input" id="export-anyway" type="checkbox" ref={checkboxRef} checked={isAcknowledged}
                    aria-describedby={`export-anyway-hint${error ? ' export-anyway-error' : ''}`} onChange={(e) => acknowledge(e.target.checked)} />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor="export-anyway">Export anyway</label>
                  <div className="govuk-hint govuk-checkboxes__hint" id="export-anyway-hint">
                    I have checked these and they may leave this laptop. The decision is recorded in the review.
                  </div>
                </div>
              </div>
            </div>
          )}
        </>
      )}
      {past.length > 0 && (
        <>
          <h3 className="govuk-heading-s">Exported anyway</h3>
          <ul className="govuk-list govuk-list--bullet" aria-label="Exports made despite the personal data check">
            {past.slice(-5).reverse().map((a) => <li key={a.at + a.export}>{`${EXPORT_WORDS[a.export]}, ${when(a.at)}, with ${items(a.hits)} found`}</li>)}
          </ul>
        </>
      )}
    </section>
  );
}
