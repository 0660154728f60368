/**
 * Holds the open review's search index off the window's thread, so that neither indexing
 * nor a query that matches tens of thousands of passages holds up typing or drawing. It
 * keeps nothing anywhere but in its own memory, which ends when the window terminates it
 * (on leaving the review, or locking).
 */
/// <reference lib="webworker" />
import { createSearchServer } from './searchServer.ts';
import type { SearchReply, SearchRequest } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: SearchReply) => scope.postMessage(message);
const serve = createSearchServer();

scope.onmessage = ({ data }: MessageEvent<SearchRequest>) => {
  try {
    const answer = serve(data);
    if (answer) reply(answer);
  } catch (error) {
    reply({ type: 'failed', id: data.type === 'search' ? data.id : undefined, message: error instanceof Error ? error.message : String(error) });
  }
};
