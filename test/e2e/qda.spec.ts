/**
 * Exchange with QDA programs: the sample review goes out as a REFI-QDA project (after the
 * personal-data check) and comes back in as a new review with every engagement, passage
 * and theme; its codebook goes out and its codes come back in as themes, with Undo.
 */
import type { Page } from '@playwright/test';
import { test, expect, checkA11y } from './fixtures.ts';
import { openApp } from './app.ts';
import { chooseFile, downloadText } from './reviewPages.ts';

test.describe.configure({ timeout: 180_000 });

async function save(page: Page, click: () => Promise<void>): Promise<string> {
  const { download } = await downloadText(page, click);
  return download.path();
}

test('a review goes out to QDA programs as .qdpx and .qdc, and comes back in', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample review' }).click();
  const section = page.getByRole('region', { name: 'Exchange with QDA programs' });
  await expect(section).toBeVisible();
  await checkA11y(page, 'overview with team work and QDA exchange');

  // The project carries every note, so the personal-data check runs first; the sample
  // names nobody, so the project downloads at once (the listener is set before the click).
  const project = await save(page, () => section.getByRole('button', { name: 'Export as a REFI-QDA project (.qdpx)' }).click());
  await expect(page.getByRole('button', { name: 'Export anyway' })).toHaveCount(0);
  expect(project).toBeTruthy();
  const codebook = await save(page, () => section.getByRole('button', { name: 'Export the codebook (.qdc)' }).click());

  // The codebook's codes come back as themes (13 more), and Undo takes them out again.
  await chooseFile(page, () => section.getByRole('button', { name: 'Add themes from a codebook (.qdc)' }).click(), codebook);
  await expect(page.getByText(/^Added 13 themes from .* to the theme framework\.$/)).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(/^Added 13 themes/)).toBeHidden();

  // The project comes back as a new review.
  await page.getByRole('banner').getByRole('link', { name: 'All reviews' }).click();
  await chooseFile(page, () => page.getByRole('button', { name: 'Import a REFI-QDA project (.qdpx)' }).click(), project);
  await expect(page.getByText(/: 16 engagements, 49 coded passages and 13 themes\./)).toBeVisible();
  await expect(page.getByRole('row', { name: /REFI-QDA|Sallowmere/ })).toHaveCount(2);

  // Not a project: a plain message, and nothing changes.
  const rows = await page.getByRole('row').count();
  await chooseFile(page, () => page.getByRole('button', { name: 'Import a REFI-QDA project (.qdpx)' }).click(), { name: 'x.qdpx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip') });
  await expect(page.getByText('This is not a .qdpx project: it is not a zip file. Nothing was changed.')).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(rows);
});
