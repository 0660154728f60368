/**
 * The results of the latest query, asked of the session's worker as the query, the open
 * kinds or the snapshot change. Until a query's results come, the last results stay on
 * screen with the query they were for, so the panel neither flickers nor claims them
 * for the new words; a reply for a query since replaced is dropped.
 */
import { useEffect, useState } from 'react';
import type { ReviewFile } from '../../domain/reviewFile.ts';
import type { PerKind, SearchOutcome } from '../../search/protocol.ts';
import { SearchUnavailable } from '../../search/searchClient.ts';
import type { SearchSession } from './searchSession.ts';

export interface Shown {
  query: string;
  outcome: SearchOutcome;
}

export function useSearchOutcome(session: SearchSession, isReady: boolean, file: ReviewFile | null | undefined, query: string, perKind: PerKind) {
  const [shown, setShown] = useState<Shown>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    if (!isReady || file === null || !query) return;
    let isLatest = true;
    session.search(file, query, perKind)?.then(
      (outcome) => {
        if (!isLatest) return;
        setShown({ query, outcome });
        setProblem(undefined);
      },
      (error: unknown) => {
        if (isLatest) setProblem(error instanceof SearchUnavailable ? error.message : 'That search could not be finished. Try other words.');
      },
    );
    return () => {
      isLatest = false;
    };
  }, [session, isReady, file, query, perKind]);
  return { shown: query ? shown : undefined, problem: query ? problem : undefined };
}
