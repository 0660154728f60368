/** Messages between the app and the export worker (see worker.ts and exportClient.ts). */
import type { ReviewFile } from '../domain/reviewFile.ts';
import type { ExportProgress, ReportOptions } from './options.ts';

export type ExportKind = 'docx' | 'xlsx';

/** Options that can cross to a worker: no callbacks, no signal (cancel ends the worker). */
export type PlainExportOptions = Omit<ReportOptions, 'onProgress' | 'signal'>;

export interface ExportRequest {
  kind: ExportKind;
  file: ReviewFile;
  options: PlainExportOptions;
}

export type ExportReply =
  | { type: 'progress'; progress: ExportProgress }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'error'; message: string };
