/**
 * Opens the app the way a reviewer does, ready to use. Every spec starts here instead of
 * calling page.goto, so the app's first-run and unlock screens are passed in one place.
 *
 * The app locks whenever its page loads (page.goto, page.reload, a new page), so openApp
 * also registers a handler that unlocks it whenever the unlock screen shows up during a
 * later action or assertion: a spec may reload and carry on as a reviewer would after
 * typing the passphrase. Specs about locking itself pass `{ autoUnlock: false }`.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** The passphrase every spec sets on first run (strong enough for the app's rule). */
export const TEST_PASSPHRASE = 'Quiet lanterns guard seven orchards';

export const unlockHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Unlock Local Review' });
export const setPassphraseHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Set a passphrase' });
export const recoveryKeyHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Your recovery key' });
export const lockButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Lock', exact: true });

export interface OpenOptions {
  /** Unlock by itself whenever the unlock screen appears later (default true). */
  autoUnlock?: boolean;
  passphrase?: string;
  /** Stop at whatever start-up screen shows (for the specs about those screens). */
  leaveStartScreens?: boolean;
}

const handled = new WeakSet<Page>();

/** Loads `path` (default the Reviews list) and passes any start-up screen. */
export async function openApp(page: Page, path = '/', { autoUnlock = true, passphrase = TEST_PASSPHRASE, leaveStartScreens = false }: OpenOptions = {}): Promise<void> {
  await page.goto(path);
  if (!leaveStartScreens) await passStartScreens(page, passphrase);
  if (autoUnlock && !handled.has(page)) {
    handled.add(page);
    await page.addLocatorHandler(unlockHeading(page), () => unlockWith(page, passphrase));
  }
}

/**
 * Sets the passphrase on first run, or unlocks, whichever screen the app shows; nothing
 * when the app is open already (a goto that changes only the hash does not reload it).
 */
export async function passStartScreens(page: Page, passphrase = TEST_PASSPHRASE): Promise<void> {
  await expect(setPassphraseHeading(page).or(unlockHeading(page)).or(lockButton(page))).toBeVisible({ timeout: 10_000 });
  if (await setPassphraseHeading(page).isVisible()) await setFirstPassphrase(page, passphrase);
  else if (await unlockHeading(page).isVisible()) await unlockWith(page, passphrase);
}

/** The first-run screens: set `passphrase`, then acknowledge the recovery key; returns the key. */
export async function setFirstPassphrase(page: Page, passphrase = TEST_PASSPHRASE): Promise<string> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Confirm passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Set passphrase' }).click();
  await expect(recoveryKeyHeading(page)).toBeVisible({ timeout: 20_000 });
  const recoveryKey = (await page.getByTestId('recovery-key').textContent()) ?? '';
  await page.getByLabel('I have written down or saved my recovery key').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(lockButton(page)).toBeVisible();
  return recoveryKey;
}

/** Types `passphrase` on the unlock screen and waits for the app. */
export async function unlockWith(page: Page, passphrase = TEST_PASSPHRASE): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(lockButton(page)).toBeVisible({ timeout: 20_000 });
}
