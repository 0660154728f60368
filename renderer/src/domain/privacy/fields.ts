/**
 * Which text of a review each export carries, field by field, read from the exporters
 * themselves (export/report/reportModel.ts, export/workbook/*Sheet*.ts) and the review file.
 * The personal-data check scans exactly these, so it never flags what cannot leave.
 *
 * | field                                    | Word | Excel | review file |
 * |------------------------------------------|------|-------|-------------|
 * | review title, area, commissioner         |  ✓   |   ✓   |      ✓      |
 * | terms of reference, local definition,    |  ✓   |       |      ✓      |
 * |   summary, local context                 |      |       |             |
 * | agency names                             |  ✓   |   ✓   |      ✓      |
 * | theme names                              |  ✓   |   ✓   |      ✓      |
 * | theme descriptions                       |  ✓   |       |      ✓      |
 * | engagement titles                        |      |   ✓   |      ✓      |
 * | engagement roles                         |  ✓   |   ✓   |      ✓      |
 * | engagement notes                         |      |       |      ✓      |
 * | passages marked quotable, cited by a     |  ✓   |   ✓   |      ✓      |
 * |   finding                                |      |       |             |
 * | other passages marked quotable           |      |   ✓   |      ✓      |
 * | passages not marked quotable             |      |       |      ✓      |
 * | finding titles and details               |  ✓   |   ✓   |      ✓      |
 * | recommendation titles, details and       |  ✓   |   ✓   |      ✓      |
 * |   success measures                       |      |       |             |
 * | action descriptions                      |  ✓   |   ✓   |      ✓      |
 * | action-update notes                      |      |   ✓   |      ✓      |
 * | network titles, source notes, labels and |  ✓   |   ✓   |      ✓      |
 * |   people's groups                        |      |       |             |
 *
 * Never scanned: ids, dates and enums (no free text), and the review team's names and
 * roles, which every export names on purpose (the report's team section, the file).
 * A backup carries what the review file carries.
 */
import type { ReviewFile } from '../reviewFile.ts';

/** What to scan: one export's contents, or 'reports' for the Word report and the Excel workbook together. */
export type PersonalDataScope = 'reports' | 'word' | 'excel' | 'review-file' | 'backup';

/** One scannable field: its path in the review file (e.g. `findings[2].detail`) and its text. */
export interface ScannedField {
  path: string;
  text: string;
}

/** What carries a field: the Word report, the Excel workbook, the plain review file (and a backup). */
export type Carrier = 'word' | 'excel' | 'file';
const ALL: readonly Carrier[] = ['word', 'excel', 'file'];
const REPORT_ONLY: readonly Carrier[] = ['word', 'file'];
const EXCEL_ONLY: readonly Carrier[] = ['excel', 'file'];
const FILE_ONLY: readonly Carrier[] = ['file'];

const CARRIERS: Record<PersonalDataScope, readonly Carrier[]> = {
  reports: ['word', 'excel'],
  word: ['word'],
  excel: ['excel'],
  'review-file': ['file'],
  backup: ['file'],
};

/** A scannable field with what carries it. */
export interface CarriedField extends ScannedField {
  carriers: readonly Carrier[];
}

/** True when the scope's exports carry a field that `carriers` carry. */
export function isInScope(carriers: readonly Carrier[], scope: PersonalDataScope): boolean {
  return carriers.some((c) => CARRIERS[scope].includes(c));
}

/** Calls `visit` with every non-empty text field of the file and what carries it, in review-file order. */
export function forEachCarriedField(file: ReviewFile, visit: (path: string, text: string, carriers: readonly Carrier[]) => void): void {
  const field = (path: string, text: string | undefined, carriers: readonly Carrier[]) => { if (text) visit(path, text, carriers); };
  const { review } = file;
  field('review.title', review.title, ALL);
  field('review.area', review.area, ALL);
  field('review.commissioner', review.commissioner, ALL);
  field('review.termsOfReference', review.termsOfReference, REPORT_ONLY);
  field('review.localDefinition', review.localDefinition, REPORT_ONLY);
  field('review.summary', review.summary, REPORT_ONLY);
  field('review.localContext', review.localContext, REPORT_ONLY);
  file.agencies.forEach((a, i) => field(`agencies[${i}].name`, a.name, ALL));
  file.themes.forEach((t, i) => {
    field(`themes[${i}].name`, t.name, ALL);
    field(`themes[${i}].description`, t.description, REPORT_ONLY);
  });
  file.engagements.forEach((e, i) => {
    field(`engagements[${i}].title`, e.title, EXCEL_ONLY);
    e.roles.forEach((role, j) => field(`engagements[${i}].roles[${j}]`, role, ALL));
    field(`engagements[${i}].notes`, e.notes, FILE_ONLY);
  });
  const cited = new Set(file.findings.flatMap((f) => f.excerptIds));
  file.excerpts.forEach((x, i) => field(`excerpts[${i}].text`, x.text, !x.isQuote ? FILE_ONLY : cited.has(x.id) ? ALL : EXCEL_ONLY));
  file.findings.forEach((f, i) => {
    field(`findings[${i}].title`, f.title, ALL);
    field(`findings[${i}].detail`, f.detail, ALL);
  });
  file.recommendations.forEach((r, i) => {
    field(`recommendations[${i}].title`, r.title, ALL);
    field(`recommendations[${i}].detail`, r.detail, ALL);
    field(`recommendations[${i}].successMeasure`, r.successMeasure, ALL);
  });
  file.actions.forEach((a, i) => {
    field(`actions[${i}].description`, a.description, ALL);
    a.updates.forEach((u, j) => field(`actions[${i}].updates[${j}].note`, u.note, EXCEL_ONLY));
  });
  // Peer networks: the report's section and the workbook's sheet print titles, source notes and labels.
  (file.networks ?? []).forEach((n, i) => {
    field(`networks[${i}].title`, n.title, ALL);
    field(`networks[${i}].sourceNote`, n.sourceNote, ALL);
    for (const key of ['people', 'incidents', 'institutions'] as const) {
      n[key].forEach((e, j) => field(`networks[${i}].${key}[${j}].label`, e.label, ALL));
    }
    n.people.forEach((p, j) => field(`networks[${i}].people[${j}].group`, p.group, ALL));
  });
}

/** Every text field of the file with what carries it, in review-file order (a scan can then go through them in slices). */
export function carriedFields(file: ReviewFile): CarriedField[] {
  const out: CarriedField[] = [];
  forEachCarriedField(file, (path, text, carriers) => out.push({ path, text, carriers }));
  return out;
}

/** The text fields the scope's exports carry, in review-file order. */
export function fieldsInScope(file: ReviewFile, scope: PersonalDataScope): ScannedField[] {
  const out: ScannedField[] = [];
  forEachCarriedField(file, (path, text, carriers) => {
    if (isInScope(carriers, scope)) out.push({ path, text });
  });
  return out;
}
