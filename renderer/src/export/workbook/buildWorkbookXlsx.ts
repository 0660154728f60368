/**
 * The Excel workbook a partnership tracks: a review file in, .xlsx bytes out. Pure, so it
 * runs the same in Node and in the app's Web Worker (exceljs resolves to its self-contained
 * browser bundle there, through the package's "browser" field).
 */
import ExcelJS from 'exceljs';
import type { Workbook } from 'exceljs';
import { todayDate } from '../../domain/ids.ts';
import type { ReviewFile } from '../../domain/reviewFile.ts';
import { throwIfAborted, type ExportOptions } from '../options.ts';
import type { CellValue } from './cellText.ts';
import { workbookContext, type WorkbookContext } from './context.ts';
import { coverageSheet } from './coverageSheet.ts';
import { engagementsSheet, evidenceSheet, passageCountsSheet } from './evidenceSheets.ts';
import { nameRedactor } from './names.ts';
import { networksSheet } from './networksSheet.ts';
import { actionPlanSheet, findingsSheet, recommendationsSheet } from './planSheets.ts';
import { addDataSheet, type DataSheet } from './sheetWriter.ts';
import { decorateActionPlan, decorateCoverage, decorateFindings, decorateRecommendations } from './sheetRules.ts';
import { addSummarySheet, summaryLines } from './summarySheet.ts';

interface Step {
  step: string;
  run: (workbook: Workbook, ctx: WorkbookContext, clean: (text: string) => string) => void;
}

/** Replaces reviewers' names in every text value of a sheet. */
function redacted(sheet: DataSheet, clean: (text: string) => string): DataSheet {
  const cell = (v: CellValue) => (typeof v === 'string' ? clean(v) : v);
  return { ...sheet, rows: sheet.rows.map((row) => row.map(cell)) };
}

function dataStep(step: string, build: (ctx: WorkbookContext) => DataSheet, decorate?: (ws: ExcelJS.Worksheet, sheet: DataSheet, ctx: WorkbookContext) => void): Step {
  return {
    step,
    run: (workbook, ctx, clean) => {
      const sheet = redacted(build(ctx), clean);
      const worksheet = addDataSheet(workbook, sheet, ctx.file.review.protectiveMarking);
      decorate?.(worksheet, sheet, ctx);
    },
  };
}

const STEPS: readonly Step[] = [
  {
    step: 'Summary',
    run: (workbook, ctx, clean) => addSummarySheet(workbook, summaryLines(ctx).map((line) => {
      if (line.kind === 'figure') return typeof line.value === 'string' ? { ...line, value: clean(line.value) } : line;
      return { ...line, text: clean(line.text) };
    }), ctx),
  },
  dataStep('Engagements', engagementsSheet),
  dataStep('Evidence', evidenceSheet),
  dataStep('Passages by theme', passageCountsSheet),
  dataStep('Findings', findingsSheet, decorateFindings),
  dataStep('Recommendations', recommendationsSheet, decorateRecommendations),
  dataStep('Action plan', actionPlanSheet, decorateActionPlan),
  dataStep('Coverage', coverageSheet, decorateCoverage),
];

// Packing is the slowest step; the fastest deflate level costs a quarter more bytes on a
// file of a few hundred kilobytes, which nobody will notice, and saves a good part of the time.
export const FAST_ZIP = { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } } as unknown as Partial<ExcelJS.XlsxWriteOptions>;

/** Lets a worker see a cancel message between steps. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** exceljs gives a Buffer in Node and an ArrayBuffer or typed array in a browser: always a plain Uint8Array out. */
export function asBytes(data: unknown): Uint8Array {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new Error('The workbook could not be written.');
}

/** Builds the .xlsx for a review; reports progress per sheet and stops when `signal` aborts. */
export async function buildWorkbookXlsx(file: ReviewFile, options: ExportOptions = {}): Promise<Uint8Array> {
  const { onProgress, signal } = options;
  const today = options.today ?? todayDate();
  // The Peer networks sheet only for a review with networks, so other workbooks are unchanged.
  const steps = file.networks?.length ? [...STEPS, dataStep('Peer networks', networksSheet)] : STEPS;
  const total = steps.length + 1;
  throwIfAborted(signal);
  const ctx = workbookContext(file, today);
  const redact = nameRedactor(file.review.reviewers.map((r) => r.name));
  const workbook = new ExcelJS.Workbook();
  const { review } = file;
  workbook.creator = 'Local Review';
  workbook.lastModifiedBy = 'Local Review';
  workbook.title = redact(review.title);
  workbook.subject = redact(`Local Review workbook: ${review.area}`);
  workbook.keywords = review.protectiveMarking;
  workbook.category = review.protectiveMarking;
  // exceljs writes dc:language but its types leave the property out.
  (workbook as Workbook & { language?: string }).language = 'en-GB';
  workbook.created = new Date(`${today}T00:00:00Z`);
  workbook.modified = workbook.created;
  for (const [done, { step, run }] of steps.entries()) {
    onProgress?.({ done, total, step: `Writing the ${step} sheet` });
    run(workbook, ctx, redact);
    await nextTurn();
    throwIfAborted(signal);
  }
  onProgress?.({ done: steps.length, total, step: 'Packing the workbook' });
  const bytes = asBytes(await workbook.xlsx.writeBuffer(FAST_ZIP));
  throwIfAborted(signal);
  onProgress?.({ done: total, total, step: 'Done' });
  return bytes;
}
