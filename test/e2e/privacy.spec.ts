/**
 * Privacy before export: the personal-data check on the Report stage (with the register
 * of names kept on Scope), "Export anyway" recorded in the review, one attribution in
 * both documents, and retention with permanent deletion on the Reviews list.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { serialiseReviewFile, type ReviewFile } from '../../renderer/src/domain/reviewFile.ts';
import { id, makeReviewFile } from '../helpers/reviewFileBuilder.ts';
import { openApp } from './app.ts';
import { checkA11y, expect, test } from './fixtures.ts';
import { allSaved, chooseFile, downloadText, fillDate, openStage } from './reviewPages.ts';

const NOTES = 'Jayden told us exclusions rise in Year 9.\nPolice share MACE minutes late.';
const QUOTE = NOTES.slice(0, NOTES.indexOf('\n'));

/** A workshop of police and a school; the school's speaker names a boy; a finding carries a phone number. */
function reviewWithPersonalData(overrides: Partial<ReviewFile['review']> = {}): ReviewFile {
  const base = makeReviewFile();
  return {
    ...base,
    review: { ...base.review, title: 'Privacy test review', ...overrides },
    engagements: [{ ...base.engagements[0]!, kind: 'workshop', title: 'Exclusions workshop', agencyIds: [id(10), id(11)], participantCount: 6, notes: NOTES }],
    excerpts: [{ ...base.excerpts[0]!, start: 0, end: QUOTE.length, text: QUOTE, isQuote: true, agencyId: id(11) }],
    findings: [{ ...base.findings[0]!, detail: 'Parents are told to ring the duty team on 07700 900123.' }],
  };
}

async function importFile(page: Page, file: ReviewFile): Promise<void> {
  const where = path.join(tmpdir(), `privacy-${process.pid}-${Date.now()}.json`);
  writeFileSync(where, serialiseReviewFile(file));
  await chooseFile(page, () => page.getByRole('button', { name: 'Import a review file' }).click(), where);
  await expect(page.getByText(`Imported “${file.review.title}”`)).toBeVisible();
}

function python(script: string, file: string): string {
  const run = spawnSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  return run.stdout;
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: button }).click()]);
  const where = path.join(tmpdir(), `${process.pid}-${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(where);
  return where;
}

test('the Report stage lists personal data with links, holds exports until "Export anyway", and records it', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await importFile(page, reviewWithPersonalData());
  await page.getByRole('link', { name: 'Privacy test review' }).click();
  await openStage(page, 'Scope');

  // The register of names, on the Scope stage.
  const register = page.getByRole('region', { name: 'Register of names' });
  await expect(register.getByText('never leaves this laptop, except inside an encrypted backup')).toBeVisible();
  await register.getByRole('button', { name: 'Add name' }).click();
  await expect(register.getByText('Enter a name')).toBeVisible();
  await register.getByLabel('Name to look for').fill('Jayden Okafor');
  await register.getByRole('button', { name: 'Add name' }).click();
  await expect(register.getByRole('list', { name: 'Names in the register' })).toContainText('Jayden Okafor');
  await checkA11y(page, 'scope with the register of names');

  await openStage(page, 'Report');
  const panel = page.getByRole('region', { name: 'Personal data check' });
  await expect(panel.getByText('Found 2 items that may be personal data.')).toBeVisible();
  const hits = panel.getByRole('table', { name: 'Possible personal data' });
  await expect(hits.getByRole('row', { name: /Phone number 07700 900123/ })).toBeVisible();
  await expect(hits.getByRole('row', { name: /A person’s name Jayden/ })).toBeVisible();
  await expect(panel.getByText('The speaker may have been the only practitioner from their sector in that session.')).toBeVisible();
  await checkA11y(page, 'report stage with personal data');

  // Each link opens its place.
  await hits.getByRole('link', { name: 'Finding “Exclusions rise”: detail' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Analyse' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/analyse/findings\\?focus=${id(50)}$`));
  await expect(page.locator(`#item-${id(50)}`)).toBeFocused();
  await page.goBack();
  await page.getByRole('region', { name: 'Personal data check' }).getByRole('link', { name: 'Passage from Exclusions workshop' }).first().click();
  await expect(page).toHaveURL(new RegExp(`/analyse/code/${id(30)}\\?focus=${id(40)}$`));
  await expect(page.locator(`#item-${id(40)}`)).toBeFocused();
  await page.goBack();

  // Held until the reviewer decides.
  let downloads = 0;
  page.on('download', () => { downloads += 1; });
  await page.getByRole('button', { name: 'Create the Word report' }).click();
  await expect(panel.getByText('The Word report would carry 2 items of possible personal data. Fix them, or tick “Export anyway”.')).toBeVisible();
  await expect(panel.getByLabel('Export anyway')).toBeFocused();
  expect(downloads).toBe(0);

  await panel.getByLabel('Export anyway').check();
  const word = await download(page, 'Create the Word report');
  const excel = await download(page, 'Create the Excel workbook');
  const recorded = panel.getByRole('list', { name: 'Exports made despite the personal data check' });
  await expect(recorded.getByRole('listitem')).toHaveCount(2);
  await expect(recorded.getByRole('listitem').first()).toContainText('Excel workbook');
  await expect(recorded.getByRole('listitem').last()).toContainText('Word report');
  await expect(recorded).toContainText('with 2 items found');

  // One attribution rule: the same words in both documents for the same quote.
  const wordText = python('import docx,sys\nd=docx.Document(sys.argv[1])\nprint("\\n".join(p.text for p in d.paragraphs))', word);
  const excelRow = python('import openpyxl,sys\nws=openpyxl.load_workbook(sys.argv[1])["Evidence"]\nprint(ws.cell(2,1).value)\nprint(ws.cell(2,2).value)', excel).trim().split('\n');
  expect(excelRow).toEqual([QUOTE, 'a practitioner from education']);
  expect(wordText).toContain('— a practitioner from education');

  // The tick lapses when the hits change: a new name in the register holds the exports again.
  await openStage(page, 'Scope');
  await register.getByLabel('Name to look for').fill('Hill');
  await register.getByRole('button', { name: 'Add name' }).click();
  await expect(register.getByRole('list', { name: 'Names in the register' })).toContainText('Hill');
  await openStage(page, 'Report');
  await expect(panel.getByText('Found 3 items that may be personal data.')).toBeVisible();
  await expect(hits.getByRole('row', { name: /A person’s name Hill An agency’s name/ })).toBeVisible();
  await expect(panel.getByLabel('Export anyway')).not.toBeChecked();
});

test('the Reviews list flags a review past its retention date, and deletes it permanently after confirmation', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page);
  await importFile(page, reviewWithPersonalData({ title: 'Old review', startDate: '2020-01-06', endDate: '2020-01-31' }));
  const row = page.getByRole('row', { name: /Old review/ });
  await expect(row.getByText('Past retention date')).toBeVisible();
  await expect(row.getByText('Due for deletion since 31 January 2021')).toBeVisible();
  await checkA11y(page, 'reviews list with a review past retention');

  // Moving the retention date into the future clears the flag.
  await row.getByRole('link', { name: 'Old review' }).click();
  await openStage(page, 'Scope');
  await expect(page.getByText('12 months after the end date, 31 January 2021')).toBeVisible();
  const deleteAfter = page.getByRole('group', { name: 'Delete after' });
  await fillDate(deleteAfter, '2099-12-31');
  await deleteAfter.getByLabel('Year').press('Tab');
  await allSaved(page);
  await page.locator('a.govuk-back-link', { hasText: 'All reviews' }).click();
  await expect(page.getByRole('row', { name: /Old review/ }).getByText('Past retention date')).toHaveCount(0);

  // A plain review file is checked too (notes and every passage), and an export anyway is recorded in it.
  // Only the plain choice is checked: an encrypted file may carry what the review holds.
  await page.getByRole('button', { name: 'Export Old review' }).click();
  await page.getByRole('radio', { name: 'Plain file (not encrypted)' }).check();
  await page.getByRole('button', { name: 'Save plain file' }).click();
  const check = page.getByRole('region', { name: 'Personal data in this review file' });
  await expect(check.getByRole('heading', { name: 'Personal data in this review file' })).toBeFocused();
  await expect(check.getByRole('row', { name: /Phone number 07700 900123/ })).toBeVisible();
  await checkA11y(page, 'plain export check');
  const { text } = await downloadText(page, () => check.getByRole('button', { name: 'Export anyway' }).click());
  const exported = JSON.parse(text) as ReviewFile;
  expect(exported.review.personalDataAcknowledgements?.map((a) => [a.export, a.hits])).toEqual([['review-file', 1]]);
  await expect(check).toHaveCount(0);

  await page.getByRole('button', { name: 'Delete permanently: Old review' }).click();
  const confirm = page.getByRole('group', { name: /Delete “Old review” permanently\?/ });
  await expect(confirm).toBeFocused();
  await expect(confirm).toContainText('This cannot be undone.');
  await checkA11y(page, 'permanent delete confirmation');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('link', { name: 'Old review' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete permanently: Old review' }).click();
  await page.getByRole('button', { name: 'Yes, delete permanently: Old review' }).click();
  await expect(page.getByText('Deleted “Old review” permanently.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Old review' })).toHaveCount(0);
  // Nothing of it is left in the database, register included.
  const left = await page.evaluate(async () => new Promise<number[]>((resolve, reject) => {
    const open = indexedDB.open('local-review');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const names = [...open.result.objectStoreNames];
      const tx = open.result.transaction(names, 'readonly');
      const counts = names.map((name) => tx.objectStore(name).count());
      tx.oncomplete = () => resolve(counts.map((c) => c.result as number));
    };
  }));
  expect(left.every((n) => n === 0)).toBe(true);
});
