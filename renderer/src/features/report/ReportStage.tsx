/**
 * The Report stage: one click for the Word report the partnership reads and one for the
 * Excel workbook it tracks. Both are built in a worker from a snapshot of the review;
 * what may leave the laptop is said plainly beside the buttons.
 */
import { useState } from 'react';
import { Button } from '../../components/Button.tsx';
import type { Review } from '../../domain/reviewFile.ts';
import { OPTIONAL_REPORT_SECTIONS, REPORT_SECTION_LABELS, type ReportSection } from '../../export/options.ts';
import { loadTemplates } from '../../templates/loadTemplates.ts';
import { templateFor } from '../workspace/templateFor.ts';
import { ExportProgressPanel } from './ExportProgressPanel.tsx';
import { useExportJob } from './useExportJob.ts';

export function ReportStage({ review }: { review: Review }) {
  const { running, start, cancel } = useExportJob(review.id);
  const [omit, setOmit] = useState<ReportSection[]>([]);
  const [includeQuotes, setIncludeQuotes] = useState(true);
  const [version, setVersion] = useState('Draft');
  const toggle = (section: ReportSection) => setOmit((now) => (now.includes(section) ? now.filter((s) => s !== section) : [...now, section]));
  const busy = running !== null;
  // The review's own template wording and the installed glossary (the builder's defaults are the shipped ones).
  const wording = templateFor(review.templateId)?.reportWording;
  const glossary = loadTemplates().glossary?.entries;

  return (
    <>
      <p className="govuk-body">
        Only passages marked as quotable appear as text, each attributed to a sector rather than a person. Everything else
        appears only as counts. Notes never leave the review, and the review team is named only in its own section of the report.
        Both files carry the protective marking <strong>{review.protectiveMarking}</strong>.
      </p>
      {running && <ExportProgressPanel running={running} onCancel={cancel} />}
      <div className="govuk-grid-row">
        <section className="govuk-grid-column-one-half" aria-labelledby="word-heading">
          <h2 className="govuk-heading-m" id="word-heading">Word report</h2>
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Sections to include</legend>
              <div className="govuk-hint">The cover and contents are always included.</div>
              <div className="govuk-checkboxes govuk-checkboxes--small">
                {OPTIONAL_REPORT_SECTIONS.map((section) => (
                  <div className="govuk-checkboxes__item" key={section}>
                    <input className="govuk-checkboxes__input" id={`section-${section}`} type="checkbox" checked={!omit.includes(section)} onChange={() => toggle(section)} />
                    <label className="govuk-label govuk-checkboxes__label" htmlFor={`section-${section}`}>{REPORT_SECTION_LABELS[section]}</label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <div className="govuk-form-group">
            <div className="govuk-checkboxes govuk-checkboxes--small">
              <div className="govuk-checkboxes__item">
                <input className="govuk-checkboxes__input" id="include-quotes" type="checkbox" checked={includeQuotes} onChange={(e) => setIncludeQuotes(e.target.checked)} />
                <label className="govuk-label govuk-checkboxes__label" htmlFor="include-quotes">Include anonymised quotes</label>
              </div>
            </div>
          </div>
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="report-version">Version shown on the cover</label>
            <input className="govuk-input govuk-input--width-10" id="report-version" value={version} maxLength={40} onChange={(e) => setVersion(e.target.value)} />
          </div>
          <Button disabled={busy} onClick={() => void start('docx', { omit, includeQuotes, version: version.trim() || 'Draft', ...(wording && { wording }), ...(glossary && { glossary }) })}>Create the Word report</Button>
        </section>
        <section className="govuk-grid-column-one-half" aria-labelledby="excel-heading">
          <h2 className="govuk-heading-m" id="excel-heading">Excel workbook</h2>
          <p className="govuk-body">
            Summary, engagements, evidence, findings with their strength of evidence, recommendations, the action plan (with
            status lists and overdue actions flagged) and the coverage map, each as a filterable table.
          </p>
          <Button disabled={busy} onClick={() => void start('xlsx')}>Create the Excel workbook</Button>
        </section>
      </div>
    </>
  );
}
