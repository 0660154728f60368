/**
 * What the exporters share: options, progress reports and cancellation. The builders
 * are pure (a ReviewFile in, bytes out) so they run the same in Node (tests, benchmarks)
 * and in the app's Web Worker.
 */

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
export const OPTIONAL_REPORT_SECTIONS = ['executive-summary', 'introduction', 'methodology', 'findings', 'recommendations', 'action-plan', 'appendices'] as const;
export type ReportSection = (typeof OPTIONAL_REPORT_SECTIONS)[number];

export interface ReportOptions extends ExportOptions {
  /** Sections to leave out; the cover and contents are always there. */
  omit?: readonly ReportSection[];
  /** False leaves every quotation out (passages then appear only as counts). Default true. */
  includeQuotes?: boolean;
  /** The version shown on the cover, e.g. "Draft 0.3". Default "Draft". */
  version?: string;
}

/** Throws the standard AbortError when the signal has fired (call between steps). */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('The export was cancelled.', 'AbortError');
}
