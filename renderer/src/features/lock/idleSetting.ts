/**
 * The idle-lock minutes as the running app knows them: read from the vault's settings when
 * the app opens, and updated at once when the Security page saves a new value.
 */
import { useEffect, useState } from 'react';
import { DEFAULT_IDLE_LOCK_MINUTES, getIdleLockMinutes, MAX_IDLE_LOCK_MINUTES, MIN_IDLE_LOCK_MINUTES, setIdleLockMinutes } from '../../security/vault.ts';

export { MAX_IDLE_LOCK_MINUTES, MIN_IDLE_LOCK_MINUTES };

const listeners = new Set<(minutes: number) => void>();

/** Saves the setting and tells the idle timer. */
export async function saveIdleLockMinutes(minutes: number): Promise<void> {
  await setIdleLockMinutes(minutes);
  listeners.forEach((listener) => listener(minutes));
}

/** The idle-lock minutes; the default until the stored value has been read. */
export function useIdleLockMinutes(): number {
  const [minutes, setMinutes] = useState(DEFAULT_IDLE_LOCK_MINUTES);
  useEffect(() => {
    let isCurrent = true;
    getIdleLockMinutes().then((stored) => { if (isCurrent) setMinutes(stored); }, () => undefined);
    listeners.add(setMinutes);
    return () => {
      isCurrent = false;
      listeners.delete(setMinutes);
    };
  }, []);
  return minutes;
}

/** A typed value as whole minutes in range, or the problem in plain words. */
export function parseIdleMinutes(text: string): { minutes: number } | { error: string } {
  const trimmed = text.trim();
  if (!trimmed) return { error: 'Enter the number of minutes' };
  if (!/^\d+$/.test(trimmed)) return { error: 'Minutes must be a whole number, like 10' };
  const minutes = Number(trimmed);
  if (minutes < MIN_IDLE_LOCK_MINUTES || minutes > MAX_IDLE_LOCK_MINUTES) {
    return { error: `Minutes must be between ${MIN_IDLE_LOCK_MINUTES} and ${MAX_IDLE_LOCK_MINUTES}` };
  }
  return { minutes };
}
