/**
 * What the exporters share: options, progress reports and cancellation. The builders
 * are pure (a ReviewFile in, bytes out) so they run the same in Node (tests, benchmarks)
 * and in the app's Web Worker.
 */
import type { GlossaryEntry, ReportWording } from '../domain/template.ts';

/** One step of a long build, for a progress bar: `done` of `total` steps, and what is happening. */
export interface ExportProgress {
  done: number;
  total: number;
  step: string;
}

export interface ExportOptions {
  /** Called as the build moves through its steps. */
  onProgress?: (progress: ExportProgress) => void;
  /** Aborting rejects the build with an AbortError at the next step. */
  signal?: AbortSignal;
  /** "Today" for overdue flags and the cover date; defaults to the current date. */
  today?: string;
}

/** Sections of the Word report a reviewer may leave out. */
export const OPTIONAL_REPORT_SECTIONS = ['executive-summary', 'introduction', 'review-team', 'methodology', 'findings', 'peer-networks', 'recommendations', 'action-plan', 'appendices'] as const;
export type ReportSection = (typeof OPTIONAL_REPORT_SECTIONS)[number];

/** The name of each optional section as the report shows it, e.g. for "leave out" checkboxes. */
export const REPORT_SECTION_LABELS: Record<ReportSection, string> = {
  'executive-summary': 'Executive summary',
  introduction: 'Introduction and background',
  'review-team': 'The review team',
  methodology: 'Methodology',
  findings: 'Findings by theme',
  'peer-networks': 'Peer networks (when the review has any)',
  recommendations: 'Recommendations',
  'action-plan': 'Action plan',
  appendices: 'Appendices (who was engaged, glossary)',
};

export interface ReportOptions extends ExportOptions {
  /** Sections to leave out; the cover and contents are always there. */
  omit?: readonly ReportSection[];
  /** False leaves every quotation out (passages then appear only as counts). Default true. */
  includeQuotes?: boolean;
  /** The version shown on the cover, e.g. "Draft 0.3". Default "Draft". */
  version?: string;
  /**
   * Standard wording of the review's template (its `reportWording`); placeholders such as
   * {{area}} are filled in. Default: the shipped Local Review template's.
   */
  wording?: ReportWording;
  /** Glossary entries for the appendix. Default: the shipped templates/glossary.json. */
  glossary?: readonly GlossaryEntry[];
}

/** Throws the standard AbortError when the signal has fired (call between steps). */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('The export was cancelled.', 'AbortError');
}
