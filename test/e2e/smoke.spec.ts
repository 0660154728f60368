import { checkA11y, expect, test } from './fixtures.ts';

test('the app opens on a page with a main heading', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await checkA11y(page, 'start page');
});
