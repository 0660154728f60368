import { describe, expect, it } from 'vitest';
import { generateReview, SCALES } from '../../../test/generate/generateReview.ts';
import { cloneFile } from '../../../test/helpers/reviewFileBuilder.ts';
import { SearchSession } from '../features/search/searchSession.ts';
import { buildSearchIndex, searchReviewGrouped } from './searchIndex.ts';
import { openSearchClient, SearchUnavailable, type SearchWorkerFactory } from './searchClient.ts';
import { createSearchServer } from './searchServer.ts';
import type { SearchReply, SearchRequest } from './protocol.ts';

/**
 * A stand-in worker that runs the real server on the other side of a structured clone,
 * as a worker would (so anything that cannot cross the thread boundary fails here), and
 * answers on a later turn.
 */
function cloningWorker() {
  const serve = createSearchServer();
  const worker = {
    sent: [] as SearchRequest[],
    terminated: 0,
    onmessage: null as ((event: MessageEvent<SearchReply>) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    postMessage(message: SearchRequest) {
      const request = structuredClone(message);
      this.sent.push(request);
      const reply = serve(request);
      if (reply) setTimeout(() => this.onmessage?.({ data: structuredClone(reply) } as MessageEvent<SearchReply>));
    },
    terminate() { this.terminated += 1; },
    fail() { this.onerror?.({ message: 'boom', preventDefault: () => undefined } as ErrorEvent); },
  };
  return { worker, factory: (() => worker) as unknown as SearchWorkerFactory };
}

const ready = (session: SearchSession) => new Promise<void>((resolve) => {
  const stop = session.subscribe(() => {
    stop();
    resolve();
  });
});

describe('search through a worker', () => {
  it('answers as an index built in this thread would, and follows edits by sending only what changed', async () => {
    const file = generateReview(SCALES.S);
    const { worker, factory } = cloningWorker();
    const session = new SearchSession(file.review.id, factory);
    const built = ready(session);
    session.prepare(file);
    await built;
    const local = buildSearchIndex(file);
    for (const query of ['school', 'county lines', 'referal', 'zz']) {
      expect(await session.search(file, query, { notes: 100 }), query).toEqual(searchReviewGrouped(local, query, { notes: 100 }));
    }

    const edited = cloneFile(file);
    edited.engagements = edited.engagements.map((e, i) => (i === 0 ? { ...e, notes: `${e.notes} Met at the underpass.` } : file.engagements[i]!));
    const sentBefore = worker.sent.length;
    expect((await session.search({ ...file, engagements: edited.engagements }, 'underpass', {}))!.total).toBe(1);
    const changes = worker.sent.slice(sentBefore).filter((m) => m.type === 'changes');
    expect(changes.flatMap((m) => (m.type === 'changes' ? m.changes.put.map((p) => p.key) : []))).toEqual([`notes:${file.engagements[0]!.id}`]);
  });

  it('refuses searches in plain words once the worker fails, and ends it', async () => {
    const { worker, factory } = cloningWorker();
    const client = openSearchClient(factory);
    client.send({ type: 'start', reviewId: 'r' });
    const waiting = client.search('school', {});
    worker.fail();
    await expect(waiting).rejects.toThrow(SearchUnavailable);
    await expect(waiting).rejects.toThrow('Search stopped working. Leave this review and open it again to search.');
    await expect(client.search('school', {})).rejects.toThrow(SearchUnavailable);
    expect(worker.terminated).toBe(1);
  });

  it('ends the worker when closed, refusing a search still waiting', async () => {
    const { worker, factory } = cloningWorker();
    const session = new SearchSession('r', factory);
    const file = generateReview(SCALES.S);
    const built = ready(session);
    session.prepare(file);
    await built;
    const waiting = session.search(file, 'school', {})!;
    session.dispose();
    await expect(waiting).rejects.toThrow('Search has closed.');
    expect(worker.terminated).toBe(1);
    expect(session.search(file, 'school', {})).toBeUndefined();
  });

  it('runs in this thread where there are no workers', async () => {
    const client = openSearchClient(() => null);
    client.send({ type: 'start', reviewId: 'r' });
    client.send({ type: 'changes', changes: { put: [{ key: 'finding:1', docs: [{ kind: 'finding', heading: 'Finding: Underpass', title: 'Underpass', body: 'Lit at night', target: { page: 'workspace', reviewId: 'r', stage: 'analyse', view: 'findings' } }] }], remove: [] } });
    expect((await client.search('underpass', {})).total).toBe(1);
    client.close();
    await expect(client.search('underpass', {})).rejects.toThrow('Search has closed.');
  });
});
