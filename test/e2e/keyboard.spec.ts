/** The foundation's screens work with the keyboard alone: no mouse anywhere below. */
import { test, expect } from './fixtures.ts';
import { openApp } from './app.ts';
import { tabTo } from './reviewPages.ts';

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
  // The review opens on its overview, whose next step lands on the field to fill in.
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeFocused();
  await tabTo(page, 'The terms of reference are not written yet');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Scope' })).toBeVisible();
  await expect(page.getByLabel('Terms of reference')).toBeFocused();
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
