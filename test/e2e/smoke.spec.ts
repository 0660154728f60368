import { CONTENT_SECURITY_POLICY } from '../../electron/shared/csp.ts';
import { checkA11y, expect, test } from './fixtures.ts';

test('the app opens on a page with a main heading', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await checkA11y(page, 'start page');
});

test('the built page and its server carry exactly the shell’s Content Security Policy', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toBe(CONTENT_SECURITY_POLICY);
});
