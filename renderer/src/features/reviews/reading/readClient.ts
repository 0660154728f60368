/**
 * Reads a picked file in the reading worker and reports what it is doing. Failures come
 * back as the same plain ReviewFileError the reader throws on the main thread (its
 * `problem` kept, so a wrong password still stays beside the password field).
 */
import type { Envelope } from '../../../crypto/envelope.ts';
import { ReviewFileError } from '../../../domain/reviewFileErrors.ts';
import type { ChildTable } from '../../../db/schema.ts';
import { openEncryptedFile, recogniseFile, type OpenedFile, type RecognisedFile } from '../readImportFile.ts';
import { joinReviewFile, type ReadReply, type ReadRequest, type ReadResult, type ReadStep } from './protocol.ts';

/** Makes the worker; replaced in unit tests. Null where there are no workers (then the reading runs here). */
export type ReadWorkerFactory = () => Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'> | null;

const defaultFactory: ReadWorkerFactory = () =>
  typeof Worker === 'undefined' ? null : new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'read-file' });

export type ReadProgress = (step: ReadStep) => void;

function runRead(request: ReadRequest, onProgress: ReadProgress, createWorker: ReadWorkerFactory): Promise<ReadResult> | null {
  const worker = createWorker();
  if (!worker) return null;
  const parts: Array<{ table: ChildTable; rows: object[] }> = [];
  return new Promise<ReadResult>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<ReadReply>) => {
      if (data.type === 'progress') return onProgress(data.step);
      if (data.type === 'rows') return void parts.push({ table: data.table, rows: data.rows });
      worker.terminate();
      if (data.type === 'error') reject(new ReviewFileError(data.message, data.problem));
      else if (data.result.kind === 'review-file') resolve({ kind: 'review-file', file: joinReviewFile(data.result.file, parts) });
      else resolve(data.result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(`The file could not be read: ${event.message || 'the reader stopped unexpectedly'}.`));
    };
    // A picked file's bytes are handed over, not copied: tens of megabytes the window need not keep.
    const handOver = request.kind === 'recognise' && request.bytes.buffer instanceof ArrayBuffer ? [request.bytes.buffer] : [];
    worker.postMessage(request, handOver);
  });
}

/** recogniseFile in the worker (in this thread where there is none). The bytes go to the worker: do not use them after. */
export async function recogniseInWorker(bytes: Uint8Array, onProgress: ReadProgress = () => {}, createWorker = defaultFactory): Promise<RecognisedFile> {
  const job = runRead({ kind: 'recognise', bytes }, onProgress, createWorker);
  return job ? ((await job) as RecognisedFile) : recogniseFile(bytes);
}

/** openEncryptedFile in the worker (in this thread where there is none). */
export async function openInWorker(envelope: Envelope, password: string, onProgress: ReadProgress = () => {}, createWorker = defaultFactory): Promise<OpenedFile> {
  const job = runRead({ kind: 'open', envelope, password }, onProgress, createWorker);
  return job ? ((await job) as OpenedFile) : openEncryptedFile(envelope, password);
}
