/** Placeholder until the Excel workbook is built. */
import type { ReviewFile } from '../../domain/reviewFile.ts';
import type { ExportOptions } from '../options.ts';

export async function buildWorkbookXlsx(_file: ReviewFile, _options?: ExportOptions): Promise<Uint8Array> {
  throw new Error('The Excel workbook is not built yet.');
}
