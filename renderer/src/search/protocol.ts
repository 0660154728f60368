/** Messages between the window and the search worker, which holds one review's index. */
import type { SearchChanges } from './changes.ts';
import type { SearchGroup, SearchKind } from './searchIndex.ts';

export type PerKind = Partial<Record<SearchKind, number>>;

export interface SearchOutcome {
  total: number;
  groups: SearchGroup[];
}

export type SearchRequest =
  | { type: 'start'; reviewId: string }
  | { type: 'changes'; changes: SearchChanges }
  | { type: 'search'; id: number; query: string; perKind: PerKind };

export type SearchReply =
  | { type: 'results'; id: number; outcome: SearchOutcome }
  | { type: 'failed'; id?: number; message: string };
