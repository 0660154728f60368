/**
 * The window's side of the search worker: sends it changes and queries and hands back
 * each query's results as a promise. Where there are no workers (unit tests) the same
 * server runs in this thread, behind the same promises.
 */
import { createSearchServer } from './searchServer.ts';
import type { PerKind, SearchOutcome, SearchReply, SearchRequest } from './protocol.ts';

type WorkerLike = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;

/** Makes the worker; replaced in unit tests. Null where there are no workers. */
export type SearchWorkerFactory = () => WorkerLike | null;

const defaultFactory: SearchWorkerFactory = () =>
  typeof Worker === 'undefined' ? null : new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'search' });

export interface SearchClient {
  /** Starts the index or sends it changes; handled in order, before any later search. */
  send(request: Exclude<SearchRequest, { type: 'search' }>): void;
  search(query: string, perKind: PerKind): Promise<SearchOutcome>;
  /** Ends the worker and everything it held; searches still waiting are refused. */
  close(): void;
}

/** Why a search was refused; the message is for people. */
export class SearchUnavailable extends Error {}

export function openSearchClient(createWorker: SearchWorkerFactory = defaultFactory): SearchClient {
  const worker = createWorker();
  if (!worker) return inThread();
  const waiting = new Map<number, { resolve: (outcome: SearchOutcome) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let broken: SearchUnavailable | undefined;
  const refuseAll = (error: SearchUnavailable) => {
    broken = error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
    worker.terminate();
  };
  worker.onmessage = ({ data }: MessageEvent<SearchReply>) => {
    if (data.id === undefined) return refuseAll(new SearchUnavailable('Search stopped working. Leave this review and open it again to search.'));
    const job = waiting.get(data.id);
    waiting.delete(data.id);
    if (data.type === 'results') job?.resolve(data.outcome);
    else job?.reject(new SearchUnavailable('That search could not be finished. Try other words.'));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    refuseAll(new SearchUnavailable('Search stopped working. Leave this review and open it again to search.'));
  };
  return {
    send: (request) => {
      if (!broken) worker.postMessage(request);
    },
    search: (query, perKind) => {
      if (broken) return Promise.reject(broken);
      const id = nextId++;
      const result = new Promise<SearchOutcome>((resolve, reject) => waiting.set(id, { resolve, reject }));
      worker.postMessage({ type: 'search', id, query, perKind } satisfies SearchRequest);
      return result;
    },
    close: () => refuseAll(new SearchUnavailable('Search has closed.')),
  };
}

function inThread(): SearchClient {
  let serve: ReturnType<typeof createSearchServer> | undefined = createSearchServer();
  const closed = new SearchUnavailable('Search has closed.');
  return {
    send: (request) => void serve?.(request),
    search: async (query, perKind) => {
      const reply = serve?.({ type: 'search', id: 0, query, perKind });
      if (reply?.type === 'results') return reply.outcome;
      throw reply ? new SearchUnavailable('That search could not be finished. Try other words.') : closed;
    },
    close: () => {
      serve = undefined;
    },
  };
}
