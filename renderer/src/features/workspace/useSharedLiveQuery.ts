/**
 * `useLiveQuery` that keeps row identity. Dexie re-runs a live query whenever a table it
 * read changes, and hands back new objects every time (decrypted or cloned), so each save
 * would re-render every row of every screen reading it. Here each result is passed
 * through `shareStructure` with the hook's previous one: unchanged rows stay the same
 * objects (so `memo`'d rows skip rendering) and a result equal to the last causes no
 * render at all. The previous result lives in this hook only, so it goes when the screen
 * does; nothing about a review stays in memory after it is closed.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef } from 'react';
import { shareStructure } from '../../domain/structuralShare.ts';

export function useSharedLiveQuery<T>(querier: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const last = useRef<T | undefined>(undefined);
  return useLiveQuery(async () => {
    const shared = shareStructure(last.current, await querier());
    last.current = shared;
    return shared;
  }, [...deps]);
}
