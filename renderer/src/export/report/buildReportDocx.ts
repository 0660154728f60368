/** Placeholder until the Word report is built. */
import type { ReviewFile } from '../../domain/reviewFile.ts';
import type { ReportOptions } from '../options.ts';

export async function buildReportDocx(_file: ReviewFile, _options?: ReportOptions): Promise<Uint8Array> {
  throw new Error('The Word report is not built yet.');
}
