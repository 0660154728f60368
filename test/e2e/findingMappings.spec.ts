/**
 * A reviewer maps a finding to headings of national frameworks on the Findings view; the
 * mapping saves, survives a reload, and can be removed.
 */
import { openApp } from './app.ts';
import { checkA11y, expect, test } from './fixtures.ts';
import { allSaved, openStage } from './reviewPages.ts';

test('a finding maps to national framework headings, and the mapping survives a reload', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample review' }).click();
  await openStage(page, 'Analyse');
  await page.getByRole('navigation', { name: 'Analyse views' }).getByRole('link', { name: 'Findings' }).click();
  const title = 'Health settings sit outside the exploitation pathway';
  const card = page.getByRole('article', { name: title });
  await card.getByLabel(`Map ‘${title}’ to a national framework heading`).selectOption({ label: 'Data and information sharing' });
  await card.getByRole('button', { name: `Map ‘${title}’` }).click();
  const list = card.getByRole('list', { name: `National frameworks for ‘${title}’` });
  await expect(list).toContainText('SV Duty: Data and information sharing');
  await allSaved(page);
  await checkA11y(page, 'findings with a mapping');
  await page.reload();
  await expect(page.getByRole('article', { name: title }).getByRole('list', { name: `National frameworks for ‘${title}’` })).toContainText('SV Duty: Data and information sharing', { timeout: 20_000 });
  await page.getByRole('article', { name: title }).getByRole('button', { name: 'Remove SV Duty: Data and information sharing' }).click();
  await expect(page.getByRole('article', { name: title }).getByRole('list', { name: `National frameworks for ‘${title}’` })).toHaveCount(0);
});

test('a re-review starts from the previous review of the area, which is left as it was', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await page.getByRole('banner').getByRole('link', { name: 'All reviews' }).click();
  const previous = 'Sallowmere Local Review: serious youth violence, county lines and exploitation';
  await page.getByRole('button', { name: `Start a re-review of ${previous}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('banner').getByRole('link', { name: 'All reviews' }).click();
  await expect(page.getByRole('link', { name: `${previous} (re-review)` })).toBeVisible();
  await expect(page.getByRole('link', { name: previous, exact: true })).toBeVisible();
});
