/**
 * The search worker's whole job, as a function from request to reply so that it can be
 * tested, and run in the window where there are no workers. Requests are handled in the
 * order sent, so a search always sees every change sent before it.
 */
import { applySearchChanges, emptySearchIndex, searchReviewGrouped, type SearchIndex } from './searchIndex.ts';
import type { SearchReply, SearchRequest } from './protocol.ts';

export function createSearchServer(): (request: SearchRequest) => SearchReply | undefined {
  let index: SearchIndex | undefined;
  return (request) => {
    switch (request.type) {
      case 'start':
        index = emptySearchIndex(request.reviewId);
        return undefined;
      case 'changes':
        if (index) applySearchChanges(index, request.changes);
        return undefined;
      case 'search':
        if (!index) return { type: 'failed', id: request.id, message: 'Search has not started.' };
        return { type: 'results', id: request.id, outcome: searchReviewGrouped(index, request.query, request.perKind) };
    }
  };
}
