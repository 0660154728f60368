import { describe, expect, it, vi } from 'vitest';
import { makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';
import { isCancelled, runExport, type WorkerFactory } from './exportClient.ts';
import type { ExportReply, ExportRequest } from './protocol.ts';

/** A stand-in worker that records what it was sent and lets the test reply. */
function fakeWorker() {
  const worker = {
    sent: [] as ExportRequest[],
    terminated: 0,
    onmessage: null as ((event: MessageEvent<ExportReply>) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    postMessage(message: ExportRequest) { this.sent.push(message); },
    terminate() { this.terminated += 1; },
    reply(data: ExportReply) { this.onmessage?.({ data } as MessageEvent<ExportReply>); },
  };
  return { worker, factory: (() => worker) as unknown as WorkerFactory };
}

describe('runExport', () => {
  it('sends the file and options, reports progress, resolves with the bytes and ends the worker', async () => {
    const { worker, factory } = fakeWorker();
    const progress = vi.fn();
    const file = makeReviewFile();
    const job = runExport('docx', file, { includeQuotes: false }, progress, factory);
    expect(worker.sent).toEqual([{ kind: 'docx', file, options: { includeQuotes: false } }]);
    worker.reply({ type: 'progress', progress: { done: 1, total: 4, step: 'Findings' } });
    worker.reply({ type: 'done', bytes: new Uint8Array([80, 75]) });
    await expect(job.result).resolves.toEqual(new Uint8Array([80, 75]));
    expect(progress).toHaveBeenCalledWith({ done: 1, total: 4, step: 'Findings' });
    expect(worker.terminated).toBe(1);
  });

  it('rejects with the builder’s message when it fails', async () => {
    const { worker, factory } = fakeWorker();
    const job = runExport('xlsx', makeReviewFile(), {}, () => {}, factory);
    worker.reply({ type: 'error', message: 'no recommendations' });
    await expect(job.result).rejects.toThrow('no recommendations');
  });

  it('cancels at once: terminates the worker, rejects as cancelled and ignores a late reply', async () => {
    const { worker, factory } = fakeWorker();
    const job = runExport('docx', makeReviewFile(), {}, () => {}, factory);
    job.cancel();
    worker.reply({ type: 'done', bytes: new Uint8Array([1]) });
    const error = await job.result.catch((e: unknown) => e);
    expect(isCancelled(error)).toBe(true);
    expect(worker.terminated).toBeGreaterThanOrEqual(1);
  });

  it('turns a crashed worker into a plain error', async () => {
    const { worker, factory } = fakeWorker();
    const job = runExport('docx', makeReviewFile(), {}, () => {}, factory);
    worker.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent);
    await expect(job.result).rejects.toThrow('The export stopped unexpectedly: out of memory');
  });
});
