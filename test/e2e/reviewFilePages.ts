/** Page helpers for exporting, backing up and importing review files, written as a reviewer acts. */
import type { Locator, Page } from '@playwright/test';
import { chooseFile, downloadText } from './reviewPages.ts';

/** Exports a review (by title or Export button) as a plain file, past the warning; returns the download. */
export function exportPlain(page: Page, title: string | Locator): ReturnType<typeof downloadText> {
  return saveExport(page, title, async () => {
    await page.getByRole('radio', { name: 'Plain file (not encrypted)' }).check();
    await page.getByRole('button', { name: 'Save plain file' }).click();
  });
}

/** Exports a review from the Reviews list encrypted with `password` (the default choice). */
export function exportEncrypted(page: Page, title: string, password: string): ReturnType<typeof downloadText> {
  return saveExport(page, title, async () => {
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByLabel('Type the password again').fill(password);
    await page.getByRole('button', { name: 'Save encrypted file' }).click();
  });
}

/** `which` is a review's title or its Export button, when titles repeat. */
async function saveExport(page: Page, which: string | Locator, save: () => Promise<void>): ReturnType<typeof downloadText> {
  await (typeof which === 'string' ? page.getByRole('button', { name: `Export ${which}` }) : which).click();
  return downloadText(page, save);
}

/** Clicks "Import a review file" and picks `file`. */
export function importFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  return chooseFile(page, () => page.getByRole('button', { name: 'Import a review file' }).click(), file);
}
