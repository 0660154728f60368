/**
 * The reading worker: decodes, decrypts and validates a picked file off the main thread,
 * so a large review (tens of megabytes of JSON) never freezes the window while it is
 * checked. One job per worker; the app ends the worker when the job settles.
 */
/// <reference lib="webworker" />
import { ReviewFileError } from '../../../domain/reviewFileErrors.ts';
import { openEncryptedFile, recogniseFile } from '../readImportFile.ts';
import { splitReviewFile, type ReadReply, type ReadRequest, type ReadResult } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: ReadReply) => scope.postMessage(message);

/** Sends a review file's big tables in slices first, then the rest; anything else whole. */
function send(result: ReadResult): void {
  if (result.kind !== 'review-file') return reply({ type: 'done', result });
  reply({ type: 'progress', step: 'receiving' });
  const { parts, rest } = splitReviewFile(result.file);
  for (const part of parts) reply({ type: 'rows', ...part });
  reply({ type: 'done', result: { kind: 'review-file', file: rest } });
}

scope.onmessage = async ({ data }: MessageEvent<ReadRequest>) => {
  try {
    if (data.kind === 'recognise') {
      reply({ type: 'progress', step: 'checking' });
      send(recogniseFile(data.bytes));
    } else {
      reply({ type: 'progress', step: 'reading' });
      send(await openEncryptedFile(data.envelope, data.password));
    }
  } catch (error) {
    reply(error instanceof ReviewFileError
      ? { type: 'error', message: error.message, problem: error.problem }
      : { type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
