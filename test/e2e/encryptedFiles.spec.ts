/** Encrypted review files and backups: export (encrypted by default), import with a password, back up everything, restore, refusals. */
import { readFile } from 'node:fs/promises';
import { test, expect, checkA11y } from './fixtures.ts';
import { openApp } from './app.ts';
import { createReview, downloadText } from './reviewPages.ts';
import { exportEncrypted, exportPlain, importFile } from './reviewFilePages.ts';

const PASSWORD = 'marsh heron quarry lantern';

// Each encrypted save or open derives a key with 600,000 rounds of PBKDF2 on purpose.
test.slow();

async function reviewsPage(page: import('@playwright/test').Page, titles: Array<{ title: string; area: string }>) {
  await openApp(page);
  for (const review of titles) {
    await createReview(page, review);
    await page.getByRole('link', { name: 'All reviews' }).first().click();
  }
}

test('export encrypted by default, refuse a wrong password without changing anything, then import with the right one', async ({ page }) => {
  await reviewsPage(page, [{ title: 'Harbour review', area: 'Eastbridge' }]);
  await page.getByRole('button', { name: 'Export Harbour review' }).click();
  await expect(page.getByRole('radio', { name: 'Encrypted with a password (recommended)' })).toBeChecked();
  await expect(page.getByRole('heading', { name: 'Export “Harbour review”' })).toBeFocused();
  await checkA11y(page, 'export form, encrypted');

  await page.getByLabel('Password', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Save encrypted file' }).click();
  await expect(page.getByRole('alert').getByText('Enter a password of at least 12 characters')).toBeVisible();
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Type the password again').fill(`${PASSWORD}!`);
  await page.getByRole('button', { name: 'Save encrypted file' }).click();
  await expect(page.getByRole('alert').getByText('The two passwords do not match')).toBeVisible();
  await checkA11y(page, 'export form with errors');
  await page.getByRole('button', { name: 'Cancel' }).click();

  const saved = await exportEncrypted(page, 'Harbour review', PASSWORD);
  expect(saved.download.suggestedFilename()).toBe('Harbour review (review file).lrenc');
  expect(saved.text).toContain('"format": "local-review-encrypted"');
  expect(saved.text).not.toContain('Eastbridge');
  await expect(page.getByText(/Exported “Harbour review” as .*\.lrenc, encrypted with your password\./)).toBeVisible();

  await importFile(page, { name: saved.download.suggestedFilename(), mimeType: 'application/octet-stream', buffer: await readFile(await saved.download.path()) });
  const password = page.getByLabel('Password', { exact: true });
  await expect(password).toBeFocused();
  await checkA11y(page, 'password form');
  await password.fill('marsh heron quarry lantern?');
  await page.getByRole('button', { name: 'Open file' }).click();
  await expect(page.getByText('The password is wrong, or the file was changed after it was saved.')).toBeVisible();
  await expect(password).toBeFocused();
  await expect(page.getByRole('rowheader')).toHaveCount(1);
  await checkA11y(page, 'password form with error');

  await password.fill(PASSWORD);
  await page.getByRole('button', { name: 'Open file' }).click();
  await expect(page.getByRole('alertdialog', { name: 'This review is already on this computer' })).toBeVisible();
  await page.getByRole('button', { name: 'Import as a copy' }).click();
  await expect(page.getByText('Imported “Harbour review” from Harbour review (review file).lrenc as a copy.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Harbour review' })).toHaveCount(2);
});

test('a plain file is behind a warning; an altered or cut-short encrypted file is refused and nothing changes', async ({ page }) => {
  await reviewsPage(page, [{ title: 'Canal review', area: 'Westmoor' }]);
  await page.getByRole('button', { name: 'Export Canal review' }).click();
  await page.getByRole('radio', { name: 'Plain file (not encrypted)' }).check();
  await expect(page.getByText(/Anyone who gets a plain file can read everything in this review/)).toBeVisible();
  await expect(page.getByLabel('Password', { exact: true })).toHaveCount(0);
  await checkA11y(page, 'export form, plain');
  await page.getByRole('button', { name: 'Cancel' }).click();
  const plain = await exportPlain(page, 'Canal review');
  expect(plain.download.suggestedFilename()).toBe('Canal review (review file).json');
  expect(plain.text).toContain('Westmoor');

  const sealed = await exportEncrypted(page, 'Canal review', PASSWORD);
  const envelope = JSON.parse(sealed.text) as { contents: string; ciphertext: string };
  const altered = { ...envelope, contents: 'backup' };
  await importFile(page, { name: 'altered.lrenc', mimeType: 'application/octet-stream', buffer: Buffer.from(JSON.stringify(altered)) });
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Open file' }).click();
  await expect(page.getByText('The password is wrong, or the file was changed after it was saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel import' }).click();

  await importFile(page, { name: 'cut.lrenc', mimeType: 'application/octet-stream', buffer: Buffer.from(sealed.text.slice(0, 200)) });
  await expect(page.getByText('cut.lrenc could not be imported. This file is damaged or incomplete: it may have been cut short or changed in copying. Ask for the file again. Nothing was changed.')).toBeVisible();
  await importFile(page, { name: 'weak.lrenc', mimeType: 'application/octet-stream', buffer: Buffer.from(JSON.stringify({ ...JSON.parse(sealed.text) as object, kdf: { name: 'PBKDF2-SHA256', iterations: 1000, salt: 'AAAAAAAAAAAAAAAAAAAAAA==' } })) });
  await expect(page.getByText(/weak\.lrenc could not be imported\. This file's password protection is weaker than Local Review allows/)).toBeVisible();
  await expect(page.getByText(/cut\.lrenc could not be imported/)).toHaveCount(0);
  await expect(page.getByRole('rowheader')).toHaveCount(1);
});

test('back up everything, then restore into a fresh computer and again beside the originals', async ({ page, browser }) => {
  await reviewsPage(page, [{ title: 'Northgate review', area: 'Northgate' }, { title: 'Southmead review', area: 'Southmead' }]);
  await page.getByRole('button', { name: 'Back up everything' }).click();
  await expect(page.getByText('One encrypted file with all 2 reviews on this computer')).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  await checkA11y(page, 'back up form');
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Type the password again').fill(PASSWORD);
  const backup = await downloadText(page, () => page.getByRole('button', { name: 'Save encrypted backup' }).click());
  expect(backup.download.suggestedFilename()).toMatch(/^Local Review backup \d{4}-\d{2}-\d{2}\.lrenc$/);
  expect(backup.text).toContain('"contents": "backup"');
  expect(backup.text).not.toContain('Northgate');
  await expect(page.getByText(/Backed up 2 reviews to .*\.lrenc, encrypted with your password\./)).toBeVisible();
  const backupBytes = await readFile(await backup.download.path());

  // A fresh browser context is an empty computer.
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await openApp(fresh);
  await importFile(fresh, { name: 'backup.lrenc', mimeType: 'application/octet-stream', buffer: backupBytes });
  await expect(fresh.getByRole('heading', { name: 'Open an encrypted backup' })).toBeVisible();
  await fresh.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await fresh.getByRole('button', { name: 'Open file' }).click();
  const restoreBox = fresh.getByRole('region', { name: 'Restore a backup' });
  await expect(restoreBox.getByRole('row', { name: /Northgate review.*New/ })).toBeVisible();
  await checkA11y(fresh, 'restore, all new');
  await fresh.getByRole('button', { name: 'Restore 2 reviews' }).click();
  await expect(fresh.getByText('Restored 2 of 2 reviews from backup.lrenc (2 new).')).toBeVisible();
  await expect(fresh.getByRole('link', { name: 'Northgate review' })).toBeVisible();
  await expect(fresh.getByRole('link', { name: 'Southmead review' })).toBeVisible();
  await context.close();

  // On the original computer both are already here: skip is the default, copies on request.
  await importFile(page, { name: 'backup.lrenc', mimeType: 'application/octet-stream', buffer: backupBytes });
  await expect(page.getByText(/Backed up 2 reviews/)).toHaveCount(0);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Open file' }).click();
  await expect(page.getByRole('row', { name: /Southmead review.*Already here/ })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Skip them' })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Restore 0 reviews' })).toBeDisabled();
  await checkA11y(page, 'restore, all present');
  await page.getByRole('radio', { name: 'Import them as copies' }).check();
  await page.getByRole('button', { name: 'Restore 2 reviews' }).click();
  await expect(page.getByText('Restored 2 of 2 reviews from backup.lrenc (0 new, 2 as copies).')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Northgate review' })).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Northgate review' })).toHaveCount(1);
  await expect(page.getByRole('rowheader')).toHaveCount(2);
});
