/** The exporters: a review file in, the bytes of a .docx or .xlsx out. See options.ts. */
export { buildReportDocx } from './report/buildReportDocx.ts';
export { buildWorkbookXlsx } from './workbook/buildWorkbookXlsx.ts';
export type { ExportOptions, ExportProgress, ReportOptions, ReportSection } from './options.ts';
export { OPTIONAL_REPORT_SECTIONS } from './options.ts';
export { buildQdpx, buildQdc } from './qdpx/buildQdpx.ts';
export { buildFrameworkDocx, type FrameworkExportOptions } from './framework/buildFrameworkDocx.ts';
export { buildFrameworkXlsx } from './framework/buildFrameworkXlsx.ts';
