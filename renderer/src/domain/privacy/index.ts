/**
 * The personal-data check run before every export: pure, so it is the same in the app,
 * in tests and in any later exporter.
 *
 * What is scanned is exactly what the export can carry (the full table is in fields.ts):
 * - by default (`scope: 'reports'`), everything the Word report or the Excel workbook
 *   can print: the review's title, area, commissioner, terms of reference, local
 *   definition, summary and local context; agency names; theme names and descriptions;
 *   engagement titles and job roles; passages marked quotable (never the others);
 *   finding titles and details; recommendation titles, details and success measures;
 *   action descriptions and action-update notes. Never engagement notes, never passages
 *   not marked quotable;
 * - `scope: 'word'` or `'excel'`: only what that one document prints (Word: no
 *   engagement titles, no update notes, only quotable passages a finding cites;
 *   Excel: no terms of reference, definition, summary, local context or theme descriptions);
 * - `scope: 'review-file'` or `'backup'`: the plain file carries everything, so notes and
 *   every passage are scanned too.
 * The review team's names are never scanned: every export names the team on purpose.
 *
 * It looks for UK phone numbers, email addresses, full postcodes, National Insurance and
 * NHS numbers, dates of birth (a date beside "DOB", "born", "date of birth" — not every
 * date), house addresses, a title with a surname ("Mr Okafor", "DC Hale"), and every name
 * in the review's own register of names (see patterns.ts for how names match).
 */
import type { ReviewFile } from '../reviewFile.ts';
import type { PersonalDataScope } from './fields.ts';
import type { PersonalDataKind } from './patterns.ts';
import { scanPersonalData } from './scan.ts';
import { runAtOnce } from '../steps.ts';

export { PERSONAL_DATA_KINDS, type PersonalDataKind } from './patterns.ts';
export type { PersonalDataScope } from './fields.ts';
export { findQuoteRisks, type QuoteRisk, type QuoteRiskReason } from './quoteRisks.ts';

/** One piece of personal data: where it is (`findings[2].detail`), what kind, and the words found. */
export interface PersonalDataHit {
  path: string;
  kind: PersonalDataKind;
  text: string;
}

export interface PersonalDataOptions {
  /** The review's register of names (young people, family members, practitioners). */
  names?: string[];
  /** Which export's contents to scan; default 'reports' (the Word report and the Excel workbook). */
  scope?: PersonalDataScope;
}

/**
 * Every piece of personal data in the text the export can carry, in review-file order,
 * each (path, kind, text) listed once.
 */
export function findPersonalData(file: ReviewFile, options: PersonalDataOptions = {}): PersonalDataHit[] {
  return runAtOnce(scanPersonalData(file, options)).hits;
}
