/**
 * Runs one export in a fresh worker and reports progress. `cancel()` terminates the
 * worker at once (a build may be inside a long synchronous step) and rejects the
 * promise with an AbortError, so the caller can tell cancelling from failing.
 */
import type { ReviewFile } from '../domain/reviewFile.ts';
import type { ExportProgress } from './options.ts';
import type { ExportKind, ExportReply, ExportRequest, PlainExportOptions } from './protocol.ts';

export interface ExportJob {
  result: Promise<Uint8Array>;
  cancel: () => void;
}

/** Makes the worker; replaced in unit tests. */
export type WorkerFactory = () => Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;

const defaultFactory: WorkerFactory = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'export' });

export function runExport(
  kind: ExportKind,
  file: ReviewFile,
  options: PlainExportOptions,
  onProgress: (progress: ExportProgress) => void,
  createWorker: WorkerFactory = defaultFactory,
): ExportJob {
  const worker = createWorker();
  let settle: { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void } | undefined;
  const result = new Promise<Uint8Array>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = (outcome: { bytes: Uint8Array } | { error: Error }) => {
    worker.terminate();
    if (!settle) return;
    if ('bytes' in outcome) settle.resolve(outcome.bytes);
    else settle.reject(outcome.error);
    settle = undefined;
  };
  worker.onmessage = ({ data }: MessageEvent<ExportReply>) => {
    if (data.type === 'progress') onProgress(data.progress);
    else if (data.type === 'done') finish({ bytes: data.bytes });
    else finish({ error: new Error(data.message) });
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish({ error: new Error(`The export stopped unexpectedly: ${event.message || 'the worker failed'}`) });
  };
  const request: ExportRequest = { kind, file, options };
  worker.postMessage(request);
  return { result, cancel: () => finish({ error: new DOMException('The export was cancelled.', 'AbortError') }) };
}

export function isCancelled(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
