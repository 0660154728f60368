/**
 * The vault: makes, wraps, unwraps and forgets the data key, and opens and closes the
 * encrypted database with it. The data key lives only in memory, as a non-extractable
 * CryptoKey in the database's KeySlot; the keyring (crypto/keyring.ts) holds it wrapped
 * by the passphrase and by the recovery key. Wrong secrets are counted in the keyring, so
 * the growing delay survives a restart. See docs/security.md.
 *
 * The module's functions act on the app's database; createVaultService builds the same
 * thing over any database and keyring (tests, bench).
 */
import type { LocalReviewDb } from '../db/database.ts';
import type { KeySlot } from '../db/encryption.ts';
import { encryptInPlace, type Progress } from '../db/encryptInPlace.ts';
import { dataKey, db } from '../db/index.ts';
import { Keyring, type AttemptsRecord, type VaultRecord } from '../crypto/keyring.ts';
import { newPbkdf2Params, PBKDF2_ITERATIONS, randomBytes } from '../crypto/kdf.ts';
import { newExtractableDataKey, passphraseWrappingKey, recoveryWrappingKey, unwrapDataKey, wrapDataKey } from '../crypto/keyWrap.ts';
import { newRecoveryKey, parseRecoveryKey, RecoveryKeyFormatError } from '../crypto/recoveryKey.ts';

export type { Progress } from '../db/encryptInPlace.ts';
export type VaultStatus = 'new' | 'locked' | 'unlocked';

export const DEFAULT_IDLE_LOCK_MINUTES = 10;
export const MIN_IDLE_LOCK_MINUTES = 1;
export const MAX_IDLE_LOCK_MINUTES = 240;
/** Wrong attempts allowed before any delay. */
export const FREE_ATTEMPTS = 3;
const FIRST_DELAY_MS = 2_000;
export const MAX_DELAY_MS = 5 * 60_000;

/** The wait imposed after `failed` wrong attempts in a row: none for 3, then 2 s doubling to 5 minutes. */
export function delayAfter(failed: number): number {
  if (failed <= FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (failed - FREE_ATTEMPTS - 1), MAX_DELAY_MS);
}

function inWords(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** A wrong passphrase or recovery key. `retryAfterMs` is the wait before the next attempt (0: none). */
export class WrongSecretError extends Error {
  override readonly name: string = 'WrongSecretError';
  constructor(
    message: string,
    readonly retryAfterMs: number,
  ) {
    super(retryAfterMs > 0 ? `${message} Wait ${inWords(retryAfterMs)} before trying again.` : message);
  }
}

/** A recovery key with a typo the checksum caught. Not counted as an attempt. */
export class RecoveryKeyTypoError extends WrongSecretError {
  override readonly name = 'RecoveryKeyTypoError';
}

/** An attempt made while the growing delay still runs. Not counted. */
export class TooSoonError extends Error {
  override readonly name = 'TooSoonError';
  constructor(readonly retryAfterMs: number) {
    super(`Too many wrong attempts. Wait ${inWords(retryAfterMs)} before trying again.`);
  }
}

export interface VaultDeps {
  db: LocalReviewDb;
  slot: KeySlot;
  keyring: Keyring;
  /** PBKDF2 iterations for new wrappings; tests lower it, the app keeps 600,000. */
  iterations?: number;
  now?: () => number;
}

export type VaultService = ReturnType<typeof createVaultService>;

export function createVaultService({ db, slot, keyring, iterations = PBKDF2_ITERATIONS, now = Date.now }: VaultDeps) {
  const listeners = new Set<() => void>();
  let unlocked = false;
  // One secret operation at a time: two quick clicks must not slip past the delay.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };
  const notify = () => listeners.forEach((listener) => listener());

  function requireNewPassphrase(passphrase: string): void {
    if (typeof passphrase !== 'string' || passphrase.trim() === '') throw new Error('Enter a new passphrase.');
  }

  async function existingVault(): Promise<VaultRecord> {
    const vault = await keyring.vault();
    if (!vault) throw new Error('No passphrase has been set on this computer yet.');
    return vault;
  }

  async function waitingMs(): Promise<number> {
    const attempts = await keyring.attempts();
    const delay = delayAfter(attempts.failed);
    // Capped at the delay itself, so a clock put back cannot lock someone out for longer.
    return Math.min(delay, Math.max(0, attempts.lastFailureAt + delay - now()));
  }

  async function refuseWhileWaiting(): Promise<void> {
    const wait = await waitingMs();
    if (wait > 0) throw new TooSoonError(wait);
  }

  /** Unwraps with `attempt`; counts a failure (and throws) when the secret is wrong. */
  async function tryUnwrap(attempt: () => Promise<CryptoKey>, wrong: string): Promise<CryptoKey> {
    let key: CryptoKey;
    try {
      key = await attempt();
    } catch {
      const before = await keyring.attempts();
      const attempts: AttemptsRecord = { id: 'attempts', failed: before.failed + 1, lastFailureAt: now() };
      await keyring.save(attempts);
      throw new WrongSecretError(wrong, delayAfter(attempts.failed));
    }
    await keyring.save({ id: 'attempts', failed: 0, lastFailureAt: 0 });
    return key;
  }

  /** Fills the slot, opens the database and finishes any migration; empties it all on failure. */
  async function openWith(key: CryptoKey, vault: VaultRecord, onProgress?: Progress): Promise<void> {
    slot.fill(key);
    slot.acceptPlainRows = vault.migration !== 'done';
    try {
      await db.open();
      if (vault.migration !== 'done') {
        await encryptInPlace(db, onProgress);
        await keyring.save({ ...(await existingVault()), migration: 'done' });
        slot.acceptPlainRows = false;
      }
    } catch (error) {
      slot.empty();
      db.close();
      throw error;
    }
    unlocked = true;
    notify();
  }

  async function wrapByPassphrase(extractableKey: CryptoKey, passphrase: string): Promise<VaultRecord['byPassphrase']> {
    const kdf = newPbkdf2Params(iterations);
    return { kdf, ...(await wrapDataKey(extractableKey, await passphraseWrappingKey(passphrase, kdf), 'passphrase')) };
  }

  async function wrapByNewRecoveryKey(extractableKey: CryptoKey): Promise<{ byRecoveryKey: VaultRecord['byRecoveryKey']; recoveryKey: string }> {
    const recovery = newRecoveryKey();
    const salt = randomBytes(16);
    const byRecoveryKey = { salt, ...(await wrapDataKey(extractableKey, await recoveryWrappingKey(recovery.bytes, salt), 'recovery key')) };
    recovery.bytes.fill(0);
    return { byRecoveryKey, recoveryKey: recovery.text };
  }

  return {
    async vaultStatus(): Promise<VaultStatus> {
      if (unlocked) return 'unlocked';
      return (await keyring.vault()) ? 'locked' : 'new';
    },

    createVault: (passphrase: string, onProgress?: Progress): Promise<{ recoveryKey: string }> =>
      serial(async () => {
        requireNewPassphrase(passphrase);
        if (await keyring.vault()) throw new Error('A passphrase is already set on this computer.');
        const extractable = await newExtractableDataKey();
        const byPassphrase = await wrapByPassphrase(extractable, passphrase);
        const { byRecoveryKey, recoveryKey } = await wrapByNewRecoveryKey(extractable);
        const vault: VaultRecord = { id: 'vault', format: 1, byPassphrase, byRecoveryKey, migration: 'unfinished', createdAt: new Date(now()).toISOString() };
        await keyring.save(vault);
        // The key kept in memory is a non-extractable copy, unwrapped from what was stored.
        const key = await unwrapDataKey(byPassphrase, await passphraseWrappingKey(passphrase, byPassphrase.kdf), 'passphrase');
        await openWith(key, vault, onProgress);
        return { recoveryKey };
      }),

    unlock: (passphrase: string, onProgress?: Progress): Promise<void> =>
      serial(async () => {
        const vault = await existingVault();
        await refuseWhileWaiting();
        if (passphrase === '') throw new WrongSecretError('Enter your passphrase.', 0);
        const key = await tryUnwrap(
          async () => unwrapDataKey(vault.byPassphrase, await passphraseWrappingKey(passphrase, vault.byPassphrase.kdf), 'passphrase'),
          'That passphrase is not right. Check it and try again.',
        );
        await openWith(key, vault, onProgress);
      }),

    unlockWithRecoveryKey: (recoveryKey: string, newPassphrase: string, onProgress?: Progress): Promise<void> =>
      serial(async () => {
        requireNewPassphrase(newPassphrase);
        const vault = await existingVault();
        let bytes: Uint8Array<ArrayBuffer>;
        try {
          bytes = parseRecoveryKey(recoveryKey);
        } catch (error) {
          if (error instanceof RecoveryKeyFormatError) throw new RecoveryKeyTypoError(error.message, 0);
          throw error;
        }
        await refuseWhileWaiting();
        const recoveryKek = await recoveryWrappingKey(bytes, vault.byRecoveryKey.salt);
        bytes.fill(0);
        const wrong = 'That recovery key does not open the reviews on this computer. Check it against the copy you saved.';
        const extractable = await tryUnwrap(() => unwrapDataKey(vault.byRecoveryKey, recoveryKek, 'recovery key', true), wrong);
        const updated: VaultRecord = { ...vault, byPassphrase: await wrapByPassphrase(extractable, newPassphrase) };
        await keyring.save(updated);
        await openWith(await unwrapDataKey(vault.byRecoveryKey, recoveryKek, 'recovery key'), updated, onProgress);
      }),

    changePassphrase: (current: string, next: string): Promise<void> =>
      serial(async () => {
        requireNewPassphrase(next);
        const vault = await existingVault();
        await refuseWhileWaiting();
        const extractable = await tryUnwrap(
          async () => unwrapDataKey(vault.byPassphrase, await passphraseWrappingKey(current, vault.byPassphrase.kdf), 'passphrase', true),
          'Your current passphrase is not right. Check it and try again.',
        );
        // Only the wrapping changes: the data, and the recovery key, stay as they are.
        await keyring.save({ ...vault, byPassphrase: await wrapByPassphrase(extractable, next) });
      }),

    /**
     * Makes a new recovery key (the old one stops working), after checking the passphrase.
     * For a reviewer who lost theirs, or never saw it because the first start was cut short.
     */
    replaceRecoveryKey: (passphrase: string): Promise<{ recoveryKey: string }> =>
      serial(async () => {
        const vault = await existingVault();
        await refuseWhileWaiting();
        const extractable = await tryUnwrap(
          async () => unwrapDataKey(vault.byPassphrase, await passphraseWrappingKey(passphrase, vault.byPassphrase.kdf), 'passphrase', true),
          'That passphrase is not right. Check it and try again.',
        );
        const { byRecoveryKey, recoveryKey } = await wrapByNewRecoveryKey(extractable);
        await keyring.save({ ...vault, byRecoveryKey });
        return { recoveryKey };
      }),

    lock(): void {
      slot.empty();
      db.close();
      const was = unlocked;
      unlocked = false;
      if (was) notify();
    },

    isUnlocked: (): boolean => unlocked,

    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async getIdleLockMinutes(): Promise<number> {
      return (await keyring.settings())?.idleLockMinutes ?? DEFAULT_IDLE_LOCK_MINUTES;
    },

    async setIdleLockMinutes(minutes: number): Promise<void> {
      if (!Number.isInteger(minutes) || minutes < MIN_IDLE_LOCK_MINUTES || minutes > MAX_IDLE_LOCK_MINUTES) {
        throw new RangeError(`Choose a whole number of minutes from ${MIN_IDLE_LOCK_MINUTES} to ${MAX_IDLE_LOCK_MINUTES}.`);
      }
      await keyring.save({ id: 'settings', idleLockMinutes: minutes });
    },

    /** Current wait before the next attempt, for a screen that opens during a delay. */
    retryAfterMs: (): Promise<number> => waitingMs(),
  };
}

// The app's vault, over the app's database and keyring.
const vault = createVaultService({ db, slot: dataKey, keyring: new Keyring() });

export function vaultStatus(): Promise<VaultStatus> {
  return vault.vaultStatus();
}
/** First start: makes the data key, wraps it twice, encrypts any plain rows already in the database (migration, with progress), opens the db. */
export function createVault(passphrase: string, onProgress?: Progress): Promise<{ recoveryKey: string }> {
  return vault.createVault(passphrase, onProgress);
}
/** Unlocks with the passphrase; resumes an interrupted migration. */
export function unlock(passphrase: string, onProgress?: Progress): Promise<void> {
  return vault.unlock(passphrase, onProgress);
}
/** Re-wraps the data key with a new passphrase, then unlocks. */
export function unlockWithRecoveryKey(recoveryKey: string, newPassphrase: string, onProgress?: Progress): Promise<void> {
  return vault.unlockWithRecoveryKey(recoveryKey, newPassphrase, onProgress);
}
/** Re-wraps the data key only; the data is not touched. */
export function changePassphrase(current: string, next: string): Promise<void> {
  return vault.changePassphrase(current, next);
}
/** Makes a new recovery key after checking the passphrase; the old one stops working. */
export function replaceRecoveryKey(passphrase: string): Promise<{ recoveryKey: string }> {
  return vault.replaceRecoveryKey(passphrase);
}
/** Drops the key and every opened row, closes the database, notifies subscribers. */
export function lock(): void {
  vault.lock();
}
export function isUnlocked(): boolean {
  return vault.isUnlocked();
}
/** For useSyncExternalStore; fires on lock and unlock. */
export function subscribe(listener: () => void): () => void {
  return vault.subscribe(listener);
}
export function getIdleLockMinutes(): Promise<number> {
  return vault.getIdleLockMinutes();
}
export function setIdleLockMinutes(minutes: number): Promise<void> {
  return vault.setIdleLockMinutes(minutes);
}
/** The wait before the next attempt may be made (0 when none), e.g. to show on a fresh unlock screen. */
export function retryAfterMs(): Promise<number> {
  return vault.retryAfterMs();
}
