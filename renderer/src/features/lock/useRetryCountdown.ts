/**
 * The growing delay after a wrong passphrase or recovery key: the seconds left before
 * another try, ticking down on screen, and what a vault error means in plain words.
 */
import { useCallback, useEffect, useState } from 'react';
import { RecoveryKeyTypoError, TooSoonError, WrongSecretError } from '../../security/vault.ts';

export interface RetryCountdown {
  /** Whole seconds until another try is allowed; 0 when one is. */
  secondsLeft: number;
  /** Starts (or restarts) the countdown. */
  waitFor: (ms: number) => void;
}

export function useRetryCountdown(): RetryCountdown {
  const [until, setUntil] = useState(0);
  const [secondsLeft, setSecondsLeft] = useState(0);
  useEffect(() => {
    if (until === 0) return undefined;
    const tick = () => {
      const left = Math.max(0, Math.ceil((until - Date.now()) / 1000));
      setSecondsLeft(left);
      if (left === 0) clearInterval(timer);
    };
    const timer = setInterval(tick, 250);
    tick();
    return () => clearInterval(timer);
  }, [until]);
  const waitFor = useCallback((ms: number) => setUntil(Date.now() + Math.max(0, ms)), []);
  return { secondsLeft, waitFor };
}

/** "1 second", "12 seconds". */
export function seconds(count: number): string {
  return `${count} ${count === 1 ? 'second' : 'seconds'}`;
}

export interface Failure {
  message: string;
  /** The wait the vault imposes before another try (0: none). */
  waitMs: number;
  /** True when the secret was wrong (the message belongs beside its field). */
  isAboutSecret: boolean;
}

/**
 * What a failed try with a passphrase or recovery key (`what`) means in plain words; any
 * other error is reported after `otherwise` ("The passphrase could not be changed").
 */
export function describeFailure(error: unknown, what: 'passphrase' | 'recovery key', otherwise: string): Failure {
  // A typo the key's checksum caught: the vault says where, and no attempt was counted.
  if (error instanceof RecoveryKeyTypoError) return { message: error.message, waitMs: 0, isAboutSecret: true };
  if (error instanceof WrongSecretError) {
    const message = what === 'passphrase'
      ? 'The passphrase is not right. Check it and try again'
      : 'The recovery key is not right. Check it against the one you wrote down or saved';
    return { message, waitMs: error.retryAfterMs, isAboutSecret: true };
  }
  if (error instanceof TooSoonError) {
    const message = `Wait ${seconds(Math.ceil(error.retryAfterMs / 1000))} before trying again`;
    return { message, waitMs: error.retryAfterMs, isAboutSecret: true };
  }
  return { message: `${otherwise}: ${error instanceof Error ? error.message : String(error)}`, waitMs: 0, isAboutSecret: false };
}
