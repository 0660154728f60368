/**
 * The export worker: builds a Word report or an Excel workbook off the main thread, so
 * the window stays responsive while a large review is written. One job per worker; the
 * app cancels a job by terminating its worker, which stops even a synchronous step.
 */
/// <reference lib="webworker" />
import { buildReportDocx, buildWorkbookXlsx } from './index.ts';
import type { ExportProgress } from './options.ts';
import type { ExportReply, ExportRequest } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: ExportReply, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

scope.onmessage = async ({ data }: MessageEvent<ExportRequest>) => {
  const options = { ...data.options, onProgress: (progress: ExportProgress) => reply({ type: 'progress', progress }) };
  try {
    const bytes = data.kind === 'docx' ? await buildReportDocx(data.file, options) : await buildWorkbookXlsx(data.file, options);
    reply({ type: 'done', bytes }, [bytes.buffer]);
  } catch (error) {
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
