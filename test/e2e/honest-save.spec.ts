/**
 * The saved state tells the truth: during the autosave pause it never says "All changes
 * saved" (a field says "Saving…", notes held only in their crash draft say "Saved as a
 * draft"), and Undo of a deleted review goes through the import's checks, so a restore
 * that would clash with what is on the computer now is refused plainly and changes nothing.
 */
import { test, expect, checkA11y } from './fixtures.ts';
import { openApp } from './app.ts';
import { addEngagement, allSaved, createReview, notesField, openStage } from './reviewPages.ts';
import { exportPlain, importFile } from './reviewFilePages.ts';

test('the status says "Saving…" during a field’s autosave pause and "Saved as a draft" for notes only in their draft', async ({ page }) => {
  await openApp(page);
  await createReview(page, { title: 'Honest status', area: 'Lowmere' });
  const status = page.getByTestId('save-status');
  const area = page.getByLabel('Area');
  await area.fill('Lowmere North');
  await area.blur();
  await allSaved(page);

  // A key, then the status read straight away: well inside the 600 ms pause before the save starts.
  await area.press('End');
  await area.press('X');
  expect(await status.textContent()).toBe('Saving…');
  await allSaved(page);
  await expect(area).toHaveValue('Lowmere NorthX');

  await openStage(page, 'Engage');
  await addEngagement(page, { kind: 'Workshop', date: '2026-03-02', title: 'Youth workers', participants: 6 });
  await notesField(page).fill('First line.\n');
  await allSaved(page);
  await notesField(page).press('End');
  await notesField(page).pressSequentially('Second', { delay: 20 });
  // The text is in the crash draft at once; the notes themselves save after a 1 s pause.
  await expect(status).toHaveText('Saved as a draft', { timeout: 900 });
  await checkA11y(page, 'notes held as a draft');
  await allSaved(page);
});

test('undoing a delete whose items now belong to another review says so plainly and changes nothing', async ({ page }) => {
  test.setTimeout(60_000);
  await openApp(page);
  await createReview(page, { title: 'Northgate', area: 'Northgate' });
  await page.getByRole('link', { name: 'All reviews' }).first().click();
  const { text } = await exportPlain(page, 'Northgate');
  // The same review under another review id: a re-keyed copy whose items keep their ids.
  const copy = JSON.parse(text) as { review: { id: string; title: string } };
  copy.review = { ...copy.review, id: 'a1b2c3d4-0000-4000-8000-000000000001', title: 'Northgate (re-keyed)' };

  await page.getByRole('button', { name: 'Delete Northgate' }).click();
  await page.getByRole('button', { name: 'Yes, delete Northgate' }).click();
  await expect(page.getByText('Deleted “Northgate”.')).toBeVisible();

  // Meanwhile, in a second window of the app, the re-keyed copy is imported.
  const other = await page.context().newPage();
  await openApp(other);
  await importFile(other, { name: 'northgate.review.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(copy)) });
  await expect(other.getByText(/^Imported “Northgate \(re-keyed\)”/)).toBeVisible();
  await other.close();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Could not undo')).toBeVisible();
  await expect(page.getByText(/^“Northgate” cannot be put back, because some of its \w+ now belong to another review on this computer\. Nothing was changed\.$/)).toBeVisible();
  await expect(page.getByText(/Something went wrong|ConstraintError|bulkAdd/)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('rowheader')).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Northgate (re-keyed)' })).toBeVisible();
  await checkA11y(page, 'reviews list after a refused undo');
});
