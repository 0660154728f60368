/** A vault over its own database and keyring on fake-indexeddb, as the app's is over its own. */
import { Keyring } from '../../renderer/src/crypto/keyring.ts';
import { LocalReviewDb } from '../../renderer/src/db/database.ts';
import { KeySlot } from '../../renderer/src/db/encryption.ts';
import { createVaultService, type VaultService } from '../../renderer/src/security/vault.ts';
import { uniqueDbName } from './testDb.ts';

/** Low enough to keep the tests quick; vault.test.ts checks the real count once. */
export const TEST_ITERATIONS = 1_000;

export interface TestVault {
  vault: VaultService;
  db: LocalReviewDb;
  slot: KeySlot;
  keyring: Keyring;
  names: { db: string; keyring: string };
  /** The same databases with fresh module state, as after closing and reopening the app. */
  restart(): TestVault;
}

export function testVault(options: { names?: { db: string; keyring: string }; iterations?: number; now?: () => number } = {}): TestVault {
  const names = options.names ?? { db: uniqueDbName('vault-db'), keyring: uniqueDbName('vault-keys') };
  const slot = new KeySlot();
  const db = new LocalReviewDb(names.db, { keys: slot, autoOpen: false });
  const keyring = new Keyring(names.keyring);
  const vault = createVaultService({ db, slot, keyring, iterations: options.iterations ?? TEST_ITERATIONS, ...(options.now ? { now: options.now } : {}) });
  return {
    vault,
    db,
    slot,
    keyring,
    names,
    restart() {
      vault.lock();
      keyring.close();
      return testVault({ ...options, names });
    },
  };
}
