/**
 * A crash mid-typing loses nothing: every input reaches the notes draft at once, and the
 * next time the engagement opens the draft is restored and saved.
 */
import { test, expect, checkA11y } from './fixtures.ts';
import { openApp } from './app.ts';
import { addEngagement, allSaved, createReview, draftCaughtUp, notesField, openStage, storedDraft } from './reviewPages.ts';

const SAVED = 'Saved before the crash.\n';
const TYPED = 'Typed live: the youth worker says girls are groomed at the retail park — “it starts with free vapes”. 👧🏽 Then ';

test('notes typed just before the page crashes are restored when the engagement is opened again', async ({ page }) => {
  // Two openings, each deriving the passphrase's key (PBKDF2, 600,000 rounds).
  test.setTimeout(60_000);
  await openApp(page);
  await createReview(page, { title: 'Crash test', area: 'Lowmere' });
  await openStage(page, 'Engage');
  await addEngagement(page, { kind: 'Workshop', date: '2026-03-02', title: 'Youth workers', participants: 6 });
  await notesField(page).fill(SAVED);
  await allSaved(page);
  const url = page.url();
  const engagementId = url.split('/').at(-1)!;

  // Keep typing, never pausing long enough for the autosave, and crash part-way through.
  const typing = notesField(page).pressSequentially(TYPED, { delay: 40 }).catch(() => undefined);
  await expect.poll(async () => (await notesField(page).inputValue()).length).toBeGreaterThan(SAVED.length + 30);
  const typedBeforeCrash = await notesField(page).inputValue();
  // Wait until what is on screen has reached the database (sealed: no notes in plain), then kill the page.
  await draftCaughtUp(page, engagementId);
  expect(await storedDraft(page, engagementId)).toMatchObject({ hasPlainNotes: false });
  const cdp = await page.context().newCDPSession(page);
  // Page.crash never answers (the renderer dies first), so wait for the crash itself.
  const crashed = page.waitForEvent('crash');
  void cdp.send('Page.crash').catch(() => {});
  await crashed;
  await typing;

  // The same browser context keeps its IndexedDB; closing it would delete everything.
  const next = await page.context().newPage();
  await openApp(next, url);
  await expect(next.getByText(/^Restored notes you had not saved \(from \d\d:\d\d\)$/)).toBeVisible();
  const restored = await notesField(next).inputValue();
  expect(restored.startsWith(typedBeforeCrash), 'every character typed before the crash is back').toBe(true);
  expect((SAVED + TYPED).startsWith(restored)).toBe(true);
  await checkA11y(next, 'notes editor after a restore');

  // The restored text was saved before the editor showed it, so the next opening has nothing to restore.
  await next.reload();
  await expect(notesField(next)).toHaveValue(restored);
  await expect(next.getByText(/Restored notes you had not saved/)).toHaveCount(0);
});
