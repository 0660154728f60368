/** The foundation's screens work with the keyboard alone: no mouse anywhere below. */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { openApp } from './app.ts';

/** Presses Tab until the focused element's text or label matches, as a keyboard user would. */
async function tabTo(page: Page, name: string | RegExp, limit = 300): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return (el.getAttribute('aria-label') ?? labelled ?? el.textContent ?? '').trim();
    });
    if (typeof name === 'string' ? label === name : name.test(label)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

test('create a review and edit its scope with the keyboard alone', async ({ page }) => {
  await openApp(page);
  await tabTo(page, 'Create a new review');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Review title');
  await page.keyboard.type('Keyboard review');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Keyland');
  await tabTo(page, 'Create review');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Scope' })).toBeFocused();

  await tabTo(page, 'Terms of reference');
  await page.keyboard.type('Typed without a mouse.');
  await tabTo(page, 'Move Gangs and group offending up');
  await page.keyboard.press('Enter');
  await tabTo(page, /^Engage/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Engage' })).toBeFocused();
  await page.reload();
  await page.goBack();
  await expect(page.getByLabel('Terms of reference')).toHaveValue('Typed without a mouse.');
  const first = await page.getByLabel(/^Theme name: /).first().inputValue();
  expect(first).toBe('Gangs and group offending');
});
