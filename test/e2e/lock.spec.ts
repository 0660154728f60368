/**
 * Unlock and lock (issue 10): the first-run passphrase with its strength, the recovery
 * key shown once, a wrong passphrase refused with a growing wait, locking by button,
 * shortcut and idle time (the app's content leaves the DOM), the recovery key resetting a
 * forgotten passphrase, and changing the passphrase.
 */
import type { Page } from '@playwright/test';
import { test, expect, checkA11y } from './fixtures.ts';
import { lockButton, openApp, recoveryKeyHeading, setFirstPassphrase, setPassphraseHeading, TEST_PASSPHRASE, unlockHeading, unlockWith } from './app.ts';
import { createReview } from './reviewPages.ts';

const REVIEW = { title: 'Review of Tarnwick Vale', area: 'Tarnwick' };
const unlockButton = (page: Page) => page.getByRole('button', { name: 'Unlock', exact: true });
const passphraseBox = (page: Page) => page.getByLabel('Passphrase', { exact: true });

/** Locked: the unlock screen, and nothing of the review left in the page. */
async function expectLocked(page: Page): Promise<void> {
  await expect(unlockHeading(page)).toBeVisible();
  await expect(lockButton(page)).toHaveCount(0);
  expect(await page.content()).not.toContain('Tarnwick');
  await expect(page).toHaveTitle('Unlock – Local Review');
}

test('first run: a strong passphrase is required, with its strength shown, then the recovery key once', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page, '/', { leaveStartScreens: true, autoUnlock: false });
  await expect(setPassphraseHeading(page)).toBeVisible();
  await expect(page).toHaveTitle('Set a passphrase – Local Review');
  await checkA11y(page, 'set a passphrase');

  await passphraseBox(page).fill('short');
  await page.getByRole('button', { name: 'Set passphrase' }).click();
  await expect(page.getByRole('alert')).toContainText('Passphrase must be 12 characters or more');
  await expect(page.getByRole('alert')).toContainText('Enter the passphrase again to confirm it');

  await passphraseBox(page).fill('password1234');
  await expect(page.locator('#set-strength')).toContainText(/Strength: (Very weak|Weak)/);
  await page.getByLabel('Confirm passphrase').fill('password1234');
  await page.getByRole('button', { name: 'Set passphrase' }).click();
  await expect(page.getByRole('alert')).toContainText('Passphrase is too easy to guess.');
  await checkA11y(page, 'set a passphrase with errors');

  await passphraseBox(page).fill(TEST_PASSPHRASE);
  await expect(page.locator('#set-strength')).toContainText(/Strength: (Strong|Very strong)/);
  await page.getByLabel('Confirm passphrase').fill(`${TEST_PASSPHRASE}!`);
  await page.getByRole('button', { name: 'Set passphrase' }).click();
  await expect(page.getByRole('alert')).toContainText('The passphrases do not match');
  await page.getByLabel('Confirm passphrase').fill(TEST_PASSPHRASE);
  await page.getByRole('button', { name: 'Set passphrase' }).click();

  await expect(recoveryKeyHeading(page)).toBeVisible({ timeout: 20_000 });
  const recoveryKey = (await page.getByTestId('recovery-key').textContent())!.trim();
  expect(recoveryKey.length).toBeGreaterThanOrEqual(20);
  await expect(page.getByRole('button', { name: 'Save as a text file' })).toBeVisible();
  await checkA11y(page, 'recovery key');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('Confirm that you have written down or saved your recovery key');
  await page.getByLabel('I have written down or saved my recovery key').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reviews' })).toBeVisible();

  // Shown once: the next start asks for the passphrase, and the key is nowhere.
  await page.reload();
  await expect(unlockHeading(page)).toBeVisible();
  expect(await page.content()).not.toContain(recoveryKey);
});

test('a wrong passphrase is refused with a growing wait; Lock and its shortcut empty the page and unlocking returns to the same screen', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page, '/', { autoUnlock: false });
  await createReview(page, REVIEW);
  const scopeUrl = page.url();

  await lockButton(page).click();
  await expectLocked(page);
  await expect(passphraseBox(page)).toBeFocused();
  await checkA11y(page, 'unlock');

  // Wrong passphrases: a clear error each time, and soon a countdown with the button disabled.
  let waited = false;
  for (let attempt = 0; attempt < 4 && !waited; attempt += 1) {
    await passphraseBox(page).fill(`not the passphrase ${attempt}`);
    await unlockButton(page).click();
    await expect(page.getByRole('alert')).toContainText('The passphrase is not right');
    await expect(passphraseBox(page)).toHaveValue('');
    waited = await page.getByTestId('retry-wait').isVisible();
  }
  expect(waited, 'a wait follows repeated wrong passphrases').toBe(true);
  await expect(page.getByTestId('retry-wait')).toContainText(/You can try again in \d+ seconds?\./);
  await expect(unlockButton(page)).toBeDisabled();
  await checkA11y(page, 'unlock after a wrong passphrase');
  await expect(page.getByTestId('retry-wait')).toBeHidden({ timeout: 60_000 });
  await expect(unlockButton(page)).toBeEnabled();
  await unlockWith(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Scope' })).toBeVisible();
  expect(page.url()).toBe(scopeUrl);

  // The shortcut works even while typing in a field.
  await page.getByLabel('Review title').click();
  await page.keyboard.press('Control+Shift+L');
  await expectLocked(page);
  await unlockWith(page);
  await expect(page.getByLabel('Review title')).toHaveValue(REVIEW.title);
  await page.keyboard.press('Meta+Shift+L');
  await expectLocked(page);
});

test('the app locks after the idle time, which the Security page sets', async ({ page }) => {
  test.setTimeout(60_000);
  await page.clock.install();
  await openApp(page, '/', { autoUnlock: false });
  await createReview(page, REVIEW);

  // Ten minutes by default; any input starts the count again.
  await page.clock.fastForward('09:00');
  await page.mouse.move(200, 200);
  await page.clock.fastForward('09:00');
  await expect(lockButton(page)).toBeVisible();
  await page.clock.fastForward('01:01');
  await expectLocked(page);
  await unlockWith(page);

  await page.getByRole('link', { name: 'Security' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();
  await expect(page.getByLabel('Minutes without use before Local Review locks')).toHaveValue('10');
  await checkA11y(page, 'security settings');
  await page.getByLabel('Minutes without use before Local Review locks').fill('0');
  await page.getByRole('button', { name: 'Save lock time' }).click();
  await expect(page.getByText('Minutes must be between 1 and 240', { exact: false }).first()).toBeVisible();
  await page.getByLabel('Minutes without use before Local Review locks').fill('2');
  await page.getByRole('button', { name: 'Save lock time' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'lock after 2 minutes' })).toBeVisible();
  await page.clock.fastForward('02:01');
  await expectLocked(page);
  await unlockWith(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();
  await expect(page.getByLabel('Minutes without use before Local Review locks')).toHaveValue('2');
});

test('the recovery key resets a forgotten passphrase, the passphrase can be changed, and a lost key replaced', async ({ page }) => {
  test.setTimeout(150_000);
  await openApp(page, '/', { leaveStartScreens: true, autoUnlock: false });
  const recoveryKey = (await setFirstPassphrase(page)).trim();
  await lockButton(page).click();

  await page.getByRole('button', { name: 'Forgotten your passphrase? Use your recovery key' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Use your recovery key' })).toBeVisible();
  await checkA11y(page, 'recovery reset');
  const reset = 'Copper kettles whistle beside marsh herons';
  await page.getByRole('textbox', { name: 'Recovery key', exact: true }).fill('AAAA-BBBB-CCCC-DDDD');
  await page.getByLabel('New passphrase', { exact: true }).fill(reset);
  await page.getByLabel('Confirm new passphrase').fill(reset);
  await page.getByRole('button', { name: 'Reset passphrase and unlock' }).click();
  await expect(page.getByRole('alert')).toContainText('A recovery key has 56 letters and digits');
  // One character wrong: the key's checksum catches the typo before any attempt is counted.
  const typo = recoveryKey.replace(/[0-9A-Z]/, (c) => (c === '0' ? '1' : '0'));
  await page.getByRole('textbox', { name: 'Recovery key', exact: true }).fill(typo);
  await page.getByRole('button', { name: 'Reset passphrase and unlock' }).click();
  await expect(page.getByRole('alert')).toContainText('This recovery key has a typo');
  await expect(page.getByTestId('retry-wait')).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Recovery key', exact: true }).fill(recoveryKey);
  await page.getByRole('button', { name: 'Reset passphrase and unlock' }).click();
  await expect(lockButton(page)).toBeVisible({ timeout: 20_000 });

  // Change it on the Security page: the current one is checked first.
  await page.getByRole('link', { name: 'Security' }).click();
  const changed = 'Seven amber foxes cross the frozen weir';
  await page.getByLabel('Current passphrase').fill(TEST_PASSPHRASE);
  await page.getByLabel('New passphrase', { exact: true }).fill(changed);
  await page.getByLabel('Confirm new passphrase').fill(changed);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByRole('alert')).toContainText('The current passphrase is not right');
  await expect(page.getByTestId('retry-wait')).toBeHidden({ timeout: 60_000 });
  await page.getByLabel('Current passphrase').fill(reset);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your passphrase has been changed' })).toBeVisible({ timeout: 20_000 });

  await lockButton(page).click();
  await unlockWith(page, changed);
  await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();

  // A lost recovery key is replaced: the new one is shown once, and it opens the reviews.
  await page.getByLabel('Your passphrase', { exact: true }).fill(changed);
  await page.getByRole('button', { name: 'Make a new recovery key' }).click();
  const replaced = (await page.getByTestId('recovery-key').textContent({ timeout: 20_000 }))!.trim();
  expect(replaced).not.toBe(recoveryKey);
  await checkA11y(page, 'new recovery key');
  await lockButton(page).click();
  await page.getByRole('button', { name: 'Forgotten your passphrase? Use your recovery key' }).click();
  await page.getByRole('textbox', { name: 'Recovery key', exact: true }).fill(replaced);
  await page.getByLabel('New passphrase', { exact: true }).fill(reset);
  await page.getByLabel('Confirm new passphrase').fill(reset);
  await page.getByRole('button', { name: 'Reset passphrase and unlock' }).click();
  await expect(lockButton(page)).toBeVisible({ timeout: 20_000 });
});
