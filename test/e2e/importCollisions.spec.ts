/**
 * A review file whose records already belong to another review on this computer (a copy
 * saved under a new review id) is caught before anything is written, explained in plain
 * words, and imported as a copy on request; and exported file names keep every word.
 */
import { test, expect, checkA11y } from './fixtures.ts';
import { openApp } from './app.ts';
import { createReview } from './reviewPages.ts';
import { exportPlain, importFile } from './reviewFilePages.ts';

test('a re-keyed copy of a review here is offered as a copy, never a database error', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await page.getByRole('link', { name: 'All reviews' }).first().click();
  const title = await page.getByRole('rowheader').first().innerText();
  const { text } = await exportPlain(page, title);

  const rekeyed = JSON.parse(text) as { review: { id: string; title: string } };
  rekeyed.review.id = '11111111-1111-4111-8111-111111111111';
  rekeyed.review.title = 'Colleague’s copy';
  await importFile(page, { name: 'colleague.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(rekeyed)) });
  const dialog = page.getByRole('alertdialog', { name: 'Part of this review is already on this computer' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`colleague.json holds “Colleague’s copy”, but`);
  await expect(dialog).toContainText(`of its records already belong to “${title}” on this computer`);
  await expect(page.getByText(/bulkAdd|ConstraintError/)).toHaveCount(0);
  await checkA11y(page, 'import: records already here');

  // Cancelling changes nothing; importing again offers the same choice.
  await page.getByRole('button', { name: 'Cancel import' }).click();
  await expect(page.getByRole('rowheader')).toHaveCount(1);
  await importFile(page, { name: 'colleague.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(rekeyed)) });
  await page.getByRole('button', { name: 'Import as a copy' }).click();
  await expect(page.getByText('Imported “Colleague’s copy” from colleague.json as a copy.')).toBeVisible();
  await expect(page.getByRole('rowheader')).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Colleague’s copy' })).toBeVisible();
});

test('an exported file is named with every word of the title', async ({ page }) => {
  await openApp(page);
  await createReview(page, { title: 'Northgate 2025/26 review', area: 'Northgate' });
  await page.getByRole('link', { name: 'All reviews' }).first().click();
  const { download } = await exportPlain(page, 'Northgate 2025/26 review');
  expect(download.suggestedFilename()).toBe('Northgate 2025-26 review (review file).json');
});
