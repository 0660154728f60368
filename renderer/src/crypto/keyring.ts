/**
 * The keyring: a small separate IndexedDB database, `local-review-keys`, NOT encrypted,
 * because it is read before any key exists. It holds nothing secret in the clear: the
 * data key wrapped by the passphrase (with its KDF parameters) and by the recovery key,
 * the count and time of failed unlock attempts (so a restart does not reset the growing
 * delay), the idle-lock setting and whether the plain → encrypted migration has finished.
 * Nothing lives in localStorage.
 */
import Dexie, { type Table } from 'dexie';
import type { Pbkdf2Params } from './kdf.ts';

export const KEYRING_DB_NAME = 'local-review-keys';

/** The data key sealed with AES-256-GCM under a wrapping key. */
export interface WrappedKey {
  iv: Uint8Array<ArrayBuffer>;
  ct: Uint8Array<ArrayBuffer>;
}

export interface VaultRecord {
  id: 'vault';
  format: 1;
  byPassphrase: WrappedKey & { kdf: Pbkdf2Params };
  /** The recovery key's 256 bits go through HKDF-SHA256 with this salt. */
  byRecoveryKey: WrappedKey & { salt: Uint8Array<ArrayBuffer> };
  /** 'unfinished' while plain rows may remain (they are accepted on read only then). */
  migration: 'unfinished' | 'done';
  createdAt: string;
}

export interface AttemptsRecord {
  id: 'attempts';
  failed: number;
  /** ms since 1970 of the last failure. */
  lastFailureAt: number;
}

export interface SettingsRecord {
  id: 'settings';
  idleLockMinutes: number;
}

type KeyringEntry = VaultRecord | AttemptsRecord | SettingsRecord;

export class Keyring extends Dexie {
  entries!: Table<KeyringEntry, string>;

  constructor(name: string = KEYRING_DB_NAME) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ entries: 'id' });
  }

  async vault(): Promise<VaultRecord | undefined> {
    return (await this.entries.get('vault')) as VaultRecord | undefined;
  }

  async attempts(): Promise<AttemptsRecord> {
    return ((await this.entries.get('attempts')) as AttemptsRecord | undefined) ?? { id: 'attempts', failed: 0, lastFailureAt: 0 };
  }

  async settings(): Promise<SettingsRecord | undefined> {
    return (await this.entries.get('settings')) as SettingsRecord | undefined;
  }

  async save(entry: KeyringEntry): Promise<void> {
    await this.entries.put(entry);
  }
}
