/** Review files: export, import as a copy, refusal of bad files, and the list's own actions. */
import { test, expect, checkA11y } from './fixtures.ts';
import { openApp } from './app.ts';
import { chooseFile, comparable, createReview } from './reviewPages.ts';
import { exportPlain, importFile } from './reviewFilePages.ts';

test('export a review, import it back as a copy: identical content', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await page.getByRole('link', { name: 'All reviews' }).first().click();
  await checkA11y(page, 'reviews, one review');

  const title = await page.getByRole('rowheader').first().innerText();
  const first = await exportPlain(page, title);
  expect(first.download.suggestedFilename()).toMatch(/\.json$/);
  expect(first.download.suggestedFilename()).not.toMatch(/[/\\]/);
  await expect(page.getByText(`Exported “${title}”`)).toBeVisible();

  await importFile(page, await first.download.path());
  await expect(page.getByRole('alertdialog', { name: 'This review is already on this computer' })).toBeVisible();
  await checkA11y(page, 'import conflict');
  await page.getByRole('button', { name: 'Import as a copy' }).click();
  await expect(page.getByText(`Imported “${title}”`)).toBeVisible();
  await expect(page.getByRole('rowheader')).toHaveCount(2);

  const exports = [];
  for (const index of [0, 1]) {
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader') }).nth(index);
    exports.push((await exportPlain(page, row.getByRole('button', { name: /^Export / }))).text);
  }
  const [a, b] = exports.map((text) => JSON.parse(text) as { review: { id: string } });
  expect(a!.review.id).not.toBe(b!.review.id);
  expect(comparable(exports[0]!)).toEqual(comparable(exports[1]!));
  expect(comparable(exports[0]!)).toEqual(comparable(first.text));
});

test('a bad file is refused with the path of the first bad field, and nothing changes', async ({ page }) => {
  await openApp(page);
  await createReview(page, { title: 'Keep me', area: 'Ashford Vale' });
  await page.getByRole('link', { name: 'All reviews' }).first().click();
  const { text } = await exportPlain(page, 'Keep me');
  const broken = JSON.parse(text) as { review: { id: string; endDate?: string; startDate?: string }; agencies: unknown[] };
  broken.review.id = '11111111-1111-4111-8111-111111111111';
  broken.review.startDate = '2026-05-02';
  broken.review.endDate = '2026-05-01';
  await importFile(page, { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(page.getByText('broken.json could not be imported. This review file has a problem at review.endDate: must not be before startDate. Nothing was changed.')).toBeVisible();
  await chooseFile(page, async () => {
    await page.getByRole('button', { name: 'Import a review file' }).click();
    // A new import clears the last one's banner before anything is picked.
    await expect(page.getByText(/broken\.json could not be imported/)).toHaveCount(0);
  }, { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "local-review-file", "version": 1, "__proto__": {}}') });
  await expect(page.getByText('notes.json could not be imported. This review file has a problem at __proto__: forbidden key. Nothing was changed.')).toBeVisible();
  await importFile(page, { name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "local-review-file", "version": 2}') });
  await expect(page.getByText('newer.json could not be imported. This file was made by a newer version of Local Review. Update Local Review on this computer to open it. Nothing was changed.')).toBeVisible();
  await importFile(page, { name: 'minutes.json', mimeType: 'application/json', buffer: Buffer.from([0xff, 0xfe, 0x41, 0x00]) });
  await expect(page.getByText('minutes.json could not be imported. This is not a review file. Local Review opens the review files and encrypted files it saves. Nothing was changed.')).toBeVisible();
  await expect(page.getByText(/TextDecoder|Unexpected token|JSON\.parse/)).toHaveCount(0);
  await expect(page.getByRole('rowheader')).toHaveCount(1);
});

test('duplicate, then delete with confirmation and undo', async ({ page }) => {
  await openApp(page);
  await createReview(page, { title: 'Original', area: 'Calder Cross' });
  await page.getByRole('link', { name: 'All reviews' }).first().click();
  await page.getByRole('button', { name: 'Duplicate Original' }).click();
  await expect(page.getByRole('link', { name: 'Copy of Original' })).toBeVisible();
  // Opened once, so the app keeps it in memory when it is deleted.
  await page.getByRole('link', { name: 'Copy of Original' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await page.getByRole('link', { name: 'All reviews' }).first().click();

  await page.getByRole('button', { name: 'Delete Copy of Original' }).click();
  await checkA11y(page, 'delete confirmation');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('link', { name: 'Copy of Original' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete Copy of Original' }).click();
  await page.getByRole('button', { name: 'Yes, delete Copy of Original' }).click();
  await expect(page.getByText('Deleted “Copy of Original”.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Copy of Original' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Copy of Original' })).toBeVisible();
  // The review put back opens (kept in memory as gone, it once stayed so until a reload).
  await page.getByRole('link', { name: 'Copy of Original' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByText('Copy of Original').first()).toBeVisible();
  await page.getByRole('link', { name: 'All reviews' }).first().click();
  await page.reload();
  await expect(page.getByRole('rowheader')).toHaveCount(2);
});
