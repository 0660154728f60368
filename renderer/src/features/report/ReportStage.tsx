/**
 * The Report stage: one click for the Word report the partnership reads and one for the
 * Excel workbook it tracks. Both are built in a worker from a snapshot of the review;
 * what may leave the laptop is said plainly beside the buttons.
 */
import { useState } from 'react';
import { Button } from '../../components/Button.tsx';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import type { Review } from '../../domain/reviewFile.ts';
import { OPTIONAL_REPORT_SECTIONS, REPORT_SECTION_LABELS, type ReportSection } from '../../export/options.ts';
import { loadTemplates } from '../../templates/loadTemplates.ts';
import { templateFor } from '../workspace/templateFor.ts';
import { ReadinessPanel } from '../overview/ReadinessPanel.tsx';
import { ExportProgressPanel } from './ExportProgressPanel.tsx';
import { PersonalDataPanel } from './PersonalDataPanel.tsx';
import { usePersonalDataGate } from './usePersonalDataGate.ts';
import { useExportJob } from './useExportJob.ts';

export function ReportStage({ review }: { review: Review }) {
  const { running, start: startJob, cancel } = useExportJob(review.id);
  // Each export waits for the personal-data check (see PersonalDataPanel).
  const gate = usePersonalDataGate(review.id);
  const start = (kind: Parameters<typeof startJob>[0], options?: Parameters<typeof startJob>[1]) => startJob(kind, options, () => gate.clear(kind === 'docx' ? 'word' : 'excel'));
  const [omit, setOmit] = useState<ReportSection[]>([]);
  const [includeQuotes, setIncludeQuotes] = useState(true);
  const [version, setVersion] = useState('Draft');
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
      <ReadinessPanel review={review} file={gate.file} />
      <PersonalDataPanel review={review} gate={gate} isBusy={busy} />
      {running && <ExportProgressPanel running={running} onCancel={cancel} />}
      <div className="govuk-grid-row">
        <section className="govuk-grid-column-one-half" aria-labelledby="word-heading">
          <h2 className="govuk-heading-m" id="word-heading">Word report</h2>
          <CheckboxGroup
            id="report-sections" legend="Sections to include" hint="The cover and contents are always included."
            options={OPTIONAL_REPORT_SECTIONS.map((section) => ({ value: section, label: REPORT_SECTION_LABELS[section] }))}
            chosen={OPTIONAL_REPORT_SECTIONS.filter((section) => !omit.includes(section))}
            onChange={(chosen) => setOmit(OPTIONAL_REPORT_SECTIONS.filter((section) => !chosen.includes(section)))}
            emptyText=""
          />
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
            <input autoComplete="off" className="govuk-input govuk-input--width-10" id="report-version" value={version} maxLength={40} onChange={(e) => setVersion(e.target.value)} />
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
