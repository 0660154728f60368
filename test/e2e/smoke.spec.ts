import { checkA11y, expect, test } from './fixtures.ts';
import { openApp } from './app.ts';

test('the app opens on a page with a main heading', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await checkA11y(page, 'start page');
});

// The policy string itself is pinned by electron/shared/csp.test.ts; here the built page
// must carry it (the build wrote it over the placeholder) and the server must send the same.
test('the built page and its server carry the same no-network Content Security Policy', async ({ page }) => {
  const response = await page.goto('/');
  const header = response?.headers()['content-security-policy'];
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toBe(header);
  expect(meta).toMatch(/^default-src 'none'; /);
  expect(meta).toContain("connect-src 'none'");
  expect(meta).not.toMatch(/https?:|wss?:|\*/);
});
