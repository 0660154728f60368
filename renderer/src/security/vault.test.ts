import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { exportReviewFile, importReviewFile } from '../db/reviewFileRepository.ts';
import { PBKDF2_ITERATIONS } from '../crypto/kdf.ts';
import { formatRecoveryKey } from '../crypto/recoveryKey.ts';
import { makeReviewFile } from '../../../test/helpers/reviewFileBuilder.ts';
import { testVault, type TestVault } from '../../../test/helpers/testVault.ts';
import { delayAfter, MAX_DELAY_MS, RecoveryKeyTypoError, TooSoonError, WrongSecretError } from './vault.ts';

const PASS = 'correct horse battery staple';

function fakeClock() {
  const clock = { at: 1_700_000_000_000, now: () => clock.at };
  return clock;
}

async function rejection(attempt: Promise<unknown>): Promise<unknown> {
  return attempt.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

async function wrong(attempt: Promise<unknown>): Promise<WrongSecretError> {
  const error = await rejection(attempt);
  expect(error).toBeInstanceOf(WrongSecretError);
  return error as WrongSecretError;
}

async function withReview(t: TestVault) {
  const file = makeReviewFile();
  await importReviewFile(t.db, file);
  return file;
}

describe('vault', () => {
  it('starts new, creates with a recovery key, locks and unlocks', async () => {
    const t = testVault();
    expect(await t.vault.vaultStatus()).toBe('new');
    const { recoveryKey } = await t.vault.createVault(PASS);
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){13}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(await t.vault.vaultStatus()).toBe('unlocked');
    const file = await withReview(t);
    t.vault.lock();
    expect(await t.vault.vaultStatus()).toBe('locked');
    const restarted = t.restart();
    expect(await restarted.vault.vaultStatus()).toBe('locked');
    await restarted.vault.unlock(PASS);
    expect((await exportReviewFile(restarted.db, file.review.id)).review.title).toBe(file.review.title);
    await expect(restarted.vault.createVault('another')).rejects.toThrow('already set');
  });

  it('wraps with 600,000 PBKDF2 iterations and unlocks within 1.5 s', async () => {
    const t = testVault({ iterations: PBKDF2_ITERATIONS });
    await t.vault.createVault(PASS);
    expect((await t.keyring.vault())!.byPassphrase.kdf).toMatchObject({ kdf: 'PBKDF2-SHA256', iterations: 600_000 });
    t.vault.lock();
    const started = performance.now();
    await t.vault.unlock(PASS);
    const ms = performance.now() - started;
    console.log(`unlock with 600,000 iterations: ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(1500);
  });

  it('lock drops the key, empties the cache and closes the database; unlock restores access', async () => {
    const t = testVault();
    let calls = 0;
    const unsubscribe = t.vault.subscribe(() => calls++);
    await t.vault.createVault(PASS);
    expect(calls).toBe(1);
    const file = await withReview(t);
    await exportReviewFile(t.db, file.review.id);
    expect(t.slot.cache.size).toBeGreaterThan(0);
    t.vault.lock();
    expect(calls).toBe(2);
    expect(t.vault.isUnlocked()).toBe(false);
    expect(t.slot.isFilled).toBe(false);
    expect(t.slot.cache.size).toBe(0);
    expect(t.db.isOpen()).toBe(false);
    expect(((await rejection(t.db.reviews.toArray())) as Error).name).toBe('DatabaseClosedError');
    await t.vault.unlock(PASS);
    expect(calls).toBe(3);
    expect(t.vault.isUnlocked()).toBe(true);
    expect(await t.db.reviews.count()).toBe(1);
    unsubscribe();
    t.vault.lock();
    expect(calls).toBe(3);
  });

  it('refuses a wrong passphrase with a growing delay that survives a restart, and changes nothing', async () => {
    const clock = fakeClock();
    let t = testVault({ now: clock.now });
    await t.vault.createVault(PASS);
    await withReview(t);
    t.vault.lock();
    const stored = await t.keyring.vault();
    for (let i = 0; i < 3; i++) expect((await wrong(t.vault.unlock('wrong'))).retryAfterMs).toBe(0);
    const fourth = await wrong(t.vault.unlock('wrong'));
    expect(fourth.retryAfterMs).toBe(2000);
    expect(fourth.message).toBe('That passphrase is not right. Check it and try again. Wait 2 seconds before trying again.');
    expect(t.vault.isUnlocked()).toBe(false);
    expect(t.slot.isFilled).toBe(false);
    expect(await t.keyring.vault()).toEqual(stored);

    // Inside the delay even the right passphrase is refused, without counting.
    clock.at += 1500;
    const early = await rejection(t.vault.unlock(PASS));
    expect(early).toBeInstanceOf(TooSoonError);
    expect((early as TooSoonError).retryAfterMs).toBe(500);

    clock.at += 500;
    expect((await wrong(t.vault.unlock('wrong'))).retryAfterMs).toBe(4000);
    // A restart (fresh module state) does not reset the delay.
    t = t.restart();
    expect(await rejection(t.vault.unlock(PASS))).toBeInstanceOf(TooSoonError);
    expect(await t.vault.retryAfterMs()).toBe(4000);
    clock.at += 4000;
    await t.vault.unlock(PASS);
    expect(t.vault.isUnlocked()).toBe(true);
    expect(await t.db.reviews.count()).toBe(1);
    // Success resets the count.
    t.vault.lock();
    expect((await wrong(t.vault.unlock('wrong'))).retryAfterMs).toBe(0);
  });

  it('grows the delay from 2 s, doubling, to a cap of 5 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20].map(delayAfter)).toEqual([0, 0, 0, 2000, 4000, 8000, 16000, 32000, 64000, 128000, MAX_DELAY_MS]);
    expect(MAX_DELAY_MS).toBe(300_000);
  });

  it('changes the passphrase by re-wrapping the key only', async () => {
    const t = testVault();
    const { recoveryKey } = await t.vault.createVault(PASS);
    const file = await withReview(t);
    const before = await t.keyring.vault();
    await wrong(t.vault.changePassphrase('not it', 'new passphrase here'));
    expect(await t.keyring.vault()).toEqual(before);
    await t.vault.changePassphrase(PASS, 'new passphrase here');
    const after = await t.keyring.vault();
    expect(after!.byRecoveryKey).toEqual(before!.byRecoveryKey);
    expect(after!.byPassphrase.ct).not.toEqual(before!.byPassphrase.ct);
    t.vault.lock();
    await wrong(t.vault.unlock(PASS));
    await t.vault.unlock('new passphrase here');
    expect((await exportReviewFile(t.db, file.review.id)).engagements[0]!.notes).toBe(file.engagements[0]!.notes);
    // The recovery key still works after a passphrase change.
    t.vault.lock();
    await t.vault.unlockWithRecoveryKey(recoveryKey, 'third passphrase');
    expect(t.vault.isUnlocked()).toBe(true);
  });

  it('resets the passphrase with the recovery key, forgiving case, spaces and look-alike letters', async () => {
    const t = testVault();
    const { recoveryKey } = await t.vault.createVault(PASS);
    const file = await withReview(t);
    t.vault.lock();
    const typed = ` ${recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/1/g, 'l').replace(/0/g, 'o')} `;
    await t.vault.unlockWithRecoveryKey(typed, 'brand new passphrase');
    expect((await exportReviewFile(t.db, file.review.id)).review.title).toBe(file.review.title);
    t.vault.lock();
    await wrong(t.vault.unlock(PASS));
    await t.vault.unlock('brand new passphrase');
  });

  it('catches a recovery key typo by its checksum, without counting an attempt or changing anything', async () => {
    const t = testVault();
    const { recoveryKey } = await t.vault.createVault(PASS);
    t.vault.lock();
    const before = await t.keyring.vault();
    const last = recoveryKey.at(-1)!;
    const typo = recoveryKey.slice(0, -1) + (last === 'A' ? 'B' : 'A');
    const error = await wrong(t.vault.unlockWithRecoveryKey(typo, 'new one'));
    expect(error).toBeInstanceOf(RecoveryKeyTypoError);
    expect(error.message).toBe('This recovery key has a typo: check each group against the copy you saved.');
    expect((await wrong(t.vault.unlockWithRecoveryKey(recoveryKey.slice(0, -5), 'new one'))).message).toBe(
      'A recovery key has 56 letters and digits (14 groups of 4); this one has 52.',
    );
    expect((await wrong(t.vault.unlockWithRecoveryKey(recoveryKey.replace(/^./, 'U'), 'new one'))).message).toContain('never the letter U');
    expect((await t.keyring.attempts()).failed).toBe(0);
    expect(await t.keyring.vault()).toEqual(before);
    expect(t.vault.isUnlocked()).toBe(false);
  });

  it('refuses a well-formed recovery key of another vault, counting the attempt', async () => {
    const t = testVault();
    await t.vault.createVault(PASS);
    t.vault.lock();
    const before = await t.keyring.vault();
    const other = formatRecoveryKey(crypto.getRandomValues(new Uint8Array(32)));
    const error = await wrong(t.vault.unlockWithRecoveryKey(other, 'new one'));
    expect(error.message).toBe('That recovery key does not open the reviews on this computer. Check it against the copy you saved.');
    expect((await t.keyring.attempts()).failed).toBe(1);
    expect(await t.keyring.vault()).toEqual(before);
    expect(t.vault.isUnlocked()).toBe(false);
  });

  it('replaces a lost recovery key after checking the passphrase; the old one stops working', async () => {
    const t = testVault();
    const { recoveryKey: old } = await t.vault.createVault(PASS);
    await wrong(t.vault.replaceRecoveryKey('not it'));
    const { recoveryKey } = await t.vault.replaceRecoveryKey(PASS);
    expect(recoveryKey).not.toBe(old);
    t.vault.lock();
    await wrong(t.vault.unlockWithRecoveryKey(old, 'another passphrase'));
    await t.vault.unlockWithRecoveryKey(recoveryKey, 'another passphrase');
    expect(t.vault.isUnlocked()).toBe(true);
  });

  it('keeps the idle-lock minutes, 10 by default, refusing values outside 1 to 240', async () => {
    const t = testVault();
    expect(await t.vault.getIdleLockMinutes()).toBe(10);
    await t.vault.setIdleLockMinutes(30);
    for (const bad of [0, 241, 2.5, Number.NaN]) {
      await expect(t.vault.setIdleLockMinutes(bad)).rejects.toThrow('Choose a whole number of minutes from 1 to 240.');
    }
    expect(await t.restart().vault.getIdleLockMinutes()).toBe(30);
  });

  it('refuses an empty new passphrase', async () => {
    const t = testVault();
    await expect(t.vault.createVault('  ')).rejects.toThrow('Enter a new passphrase.');
    expect(await t.vault.vaultStatus()).toBe('new');
    await Dexie.delete(t.names.db);
  });
});
