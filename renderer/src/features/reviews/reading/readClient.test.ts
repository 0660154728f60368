import { describe, expect, it, vi } from 'vitest';
import { makeReviewFile } from '../../../../../test/helpers/reviewFileBuilder.ts';
import { encryptFile } from '../../../crypto/envelope.ts';
import { ReviewFileError } from '../../../domain/reviewFileErrors.ts';
import { serialiseReviewFile } from '../../../domain/reviewFile.ts';
import { openInWorker, recogniseInWorker, type ReadWorkerFactory } from './readClient.ts';
import { joinReviewFile, splitReviewFile, type ReadReply, type ReadRequest } from './protocol.ts';
import { importProgressText } from './progressText.ts';

/** A stand-in worker that records what it was sent and lets the test reply. */
function fakeWorker() {
  const worker = {
    sent: [] as ReadRequest[],
    terminated: 0,
    onmessage: null as ((event: MessageEvent<ReadReply>) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    postMessage(message: ReadRequest) { this.sent.push(message); },
    terminate() { this.terminated += 1; },
    reply(data: ReadReply) { this.onmessage?.({ data } as MessageEvent<ReadReply>); },
  };
  return { worker, factory: (() => worker) as unknown as ReadWorkerFactory };
}

describe('splitReviewFile / joinReviewFile', () => {
  it('sends every child table in slices of the given size and puts them back in order', () => {
    const file = makeReviewFile();
    const { parts, rest } = splitReviewFile(file, 1);
    expect(parts.length).toBe(file.agencies.length + file.themes.length + file.engagements.length + file.excerpts.length
      + file.findings.length + file.recommendations.length + file.actions.length);
    expect(parts.every((part) => part.rows.length === 1)).toBe(true);
    expect(rest.excerpts).toEqual([]);
    expect(rest.review).toEqual(file.review);
    expect(joinReviewFile(rest, parts)).toEqual(file);
  });
});

describe('recogniseInWorker', () => {
  it('sends the bytes, reports each step, and rebuilds the review file from its parts', async () => {
    const { worker, factory } = fakeWorker();
    const file = makeReviewFile();
    const steps = vi.fn();
    const bytes = serialiseReviewFile(file);
    const result = recogniseInWorker(bytes, steps, factory);
    expect(worker.sent).toEqual([{ kind: 'recognise', bytes }]);
    const { parts, rest } = splitReviewFile(file, 2);
    worker.reply({ type: 'progress', step: 'checking' });
    worker.reply({ type: 'progress', step: 'receiving' });
    for (const part of parts) worker.reply({ type: 'rows', ...part });
    worker.reply({ type: 'done', result: { kind: 'review-file', file: rest } });
    await expect(result).resolves.toEqual({ kind: 'review-file', file });
    expect(steps.mock.calls).toEqual([['checking'], ['receiving']]);
    expect(worker.terminated).toBe(1);
  });

  it('rejects with the same plain ReviewFileError, its problem kept', async () => {
    const { worker, factory } = fakeWorker();
    const result = recogniseInWorker(new Uint8Array([1]), () => {}, factory);
    worker.reply({ type: 'error', message: 'This review file has a problem at engagements[0].date: expected YYYY-MM-DD.', problem: 'invalid' });
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReviewFileError);
    expect(error).toMatchObject({ problem: 'invalid', message: 'This review file has a problem at engagements[0].date: expected YYYY-MM-DD.' });
    expect(worker.terminated).toBe(1);
  });

  it('turns a crashed worker into a plain error', async () => {
    const { worker, factory } = fakeWorker();
    const result = recogniseInWorker(new Uint8Array([1]), () => {}, factory);
    worker.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent);
    await expect(result).rejects.toThrow('The file could not be read: out of memory.');
  });

  it('reads in this thread where there are no workers, with the same results and errors', async () => {
    const file = makeReviewFile();
    await expect(recogniseInWorker(serialiseReviewFile(file), () => {}, () => null)).resolves.toEqual({ kind: 'review-file', file });
    await expect(recogniseInWorker(new TextEncoder().encode('{"format": "local-review-file",'), () => {}, () => null)).rejects.toMatchObject({ problem: 'damaged' });
  });
});

describe('openInWorker', () => {
  it('sends the envelope and password; a wrong password keeps its problem so the form can show it', async () => {
    const { worker, factory } = fakeWorker();
    const bytes = await encryptFile(new Uint8Array(serialiseReviewFile(makeReviewFile())), 'correct horse battery', 'review-file');
    const recognised = await recogniseInWorker(bytes, () => {}, () => null);
    if (recognised.kind !== 'encrypted') throw new Error('expected an envelope');
    const result = openInWorker(recognised.envelope, 'wrong', () => {}, factory);
    expect(worker.sent).toEqual([{ kind: 'open', envelope: recognised.envelope, password: 'wrong' }]);
    worker.reply({ type: 'error', message: 'The password is wrong, or the file was changed after it was saved.', problem: 'wrong-password' });
    await expect(result).rejects.toMatchObject({ problem: 'wrong-password' });
  });
});

describe('importProgressText', () => {
  it('says each step in plain words, with counts in British style', () => {
    expect(importProgressText({ step: 'checking' })).toBe('Checking the file…');
    expect(importProgressText({ step: 'saving', saved: 12_000, total: 70_000 })).toBe('Saving 12,000 of 70,000 items…');
    expect(importProgressText({ step: 'saving', saved: 0, total: 1 })).toBe('Saving 0 of 1 item…');
  });
});
