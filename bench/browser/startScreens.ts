/**
 * The app shows a first-run or unlock screen whenever a page loads (every review is
 * encrypted at rest), so each bench page passes it the way a reviewer does. The time from
 * pressing Unlock to the unlocked app on screen is the unlock measure (key derivation with
 * 600,000 PBKDF2 rounds, unwrapping the data key and opening the database).
 */
import type { Page } from 'playwright-core';

export const BENCH_PASSPHRASE = 'Quiet lanterns guard seven orchards';

const lockButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Lock', exact: true });

/** Passes whichever start screen shows; returns the unlock time in ms, or undefined on first run. */
export async function passStartScreens(page: Page): Promise<number | undefined> {
  const setUp = page.getByRole('heading', { level: 1, name: 'Set a passphrase' });
  const unlock = page.getByRole('heading', { level: 1, name: 'Unlock Local Review' });
  await setUp.or(unlock).or(lockButton(page)).first().waitFor({ timeout: 30_000 });
  if (await setUp.isVisible()) {
    await page.getByLabel('Passphrase', { exact: true }).fill(BENCH_PASSPHRASE);
    await page.getByLabel('Confirm passphrase').fill(BENCH_PASSPHRASE);
    await page.getByRole('button', { name: 'Set passphrase' }).click();
    await page.getByLabel('I have written down or saved my recovery key').check({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Continue' }).click();
    await lockButton(page).waitFor();
    return undefined;
  }
  if (!(await unlock.isVisible())) return undefined;
  await page.getByLabel('Passphrase', { exact: true }).fill(BENCH_PASSPHRASE);
  // Timed in the page: from the click to the frame that shows the unlocked app.
  const done = page.evaluate(() => new Promise<number>((resolve) => {
    document.addEventListener('click', (event) => {
      const clickedAt = event.timeStamp;
      void window.__bench.whenOnScreen(() => !!document.querySelector('.app-header__lock'))
        .then((shownAt) => resolve(shownAt - clickedAt));
    }, { capture: true, once: true });
  }));
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  const ms = await done;
  await lockButton(page).waitFor();
  return ms;
}
