/**
 * Locks the app, in an order that loses nothing: first the whole app tree unmounts (its
 * fields flush their last typing as they go, and React state is released), then the
 * search index goes, then, once those last writes have landed, the vault drops its key
 * and closes the database. The gate shows a brief "Locking" screen meanwhile.
 */
import { useSyncExternalStore } from 'react';
import { db } from '../../db/index.ts';
import { isUnlocked, lock } from '../../security/vault.ts';
import { releaseSearchSessions } from '../search/searchSession.ts';

let isLocking = false;
const listeners = new Set<() => void>();
const setLocking = (value: boolean) => {
  isLocking = value;
  listeners.forEach((listener) => listener());
};

/**
 * Resolves once writes started so far have committed: IndexedDB starts a read-only
 * transaction only after every earlier read-write one over the same stores has finished.
 * (Only a read, so it respects the rule that db/ alone writes.)
 */
async function writesLanded(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0)); // unmount clean-ups start their writes
  await db.transaction('r', db.tables, () => undefined).catch(() => undefined);
}

export async function lockNow(): Promise<void> {
  if (isLocking || !isUnlocked()) return;
  setLocking(true);
  releaseSearchSessions();
  try {
    await writesLanded();
  } finally {
    lock();
    setLocking(false);
  }
}

/** True between asking to lock and the vault locking (for the gate). */
export function useIsLocking(): boolean {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, () => isLocking);
}
