/**
 * Search as you type across a review: results of every kind appear while typing, each
 * links to its place in context (a notes result carries the match's offsets), the box
 * works from the keyboard alone, and the results pass axe.
 */
import type { Page } from '@playwright/test';
import { test, expect, checkA11y } from './fixtures.ts';
import { lockButton, openApp } from './app.ts';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

async function openSample(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
}

/** The names of the page's workers (one that ends while asked is left out). */
const workerNames = (page: Page) => Promise.all(page.workers().map((worker) => worker.evaluate(() => self.name).catch(() => '')));

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search this review' });
// Result groups live inside the search landmark (the Findings view has its own regions).
const group = (page: Page, name: RegExp) => page.getByRole('search', { name: 'This review' }).getByRole('region', { name });

test('results of every kind appear as you type, and lead to their place in context', async ({ page }) => {
  await openSample(page);
  const box = searchBox(page);
  await expect(page.getByText('Shortcut: / or Ctrl + K')).toBeVisible();
  await expect(box).toHaveAccessibleDescription('Shortcut: / or Ctrl + K');
  // Unused, the search is a single line: no results panel, no status.
  await expect(page.getByRole('status').filter({ hasText: /results? for/ })).toHaveCount(0);

  await box.click();
  await box.pressSequentially('cuck', { delay: 30 });
  // A prefix is enough: results are there before the word is finished.
  await expect(page.getByRole('status').filter({ hasText: /^\d+ results for ‘cuck’$/ })).toBeVisible();
  await box.pressSequentially('ooing', { delay: 30 });
  await expect(page.getByRole('status').filter({ hasText: /^\d+ results for ‘cuckooing’$/ })).toBeVisible();
  for (const name of [/^Findings \(\d+\)$/, /^Recommendations \(\d+\)$/, /^Actions \(\d+\)$/, /^Coded passages \(\d+\)$/, /^Notes \(\d+\)$/]) {
    await expect(group(page, name)).toBeVisible();
  }
  const findingLink = group(page, /^Findings/).getByRole('link').first();
  await expect(findingLink).toHaveText(/^Finding: /);
  await expect(group(page, /^Findings/).locator('mark').first()).toHaveText(/^cuckooing$/i);
  await checkA11y(page, 'search results open');
  // The index and its queries live in a worker of their own, off the window's thread.
  expect(await workerNames(page)).toContain('search');

  // A finding result opens the Findings view with that finding in focus.
  const findingHref = await findingLink.getAttribute('href');
  expect(findingHref).toMatch(new RegExp(`^#/reviews/${UUID}/analyse/findings\\?focus=${UUID}$`));
  await findingLink.click();
  await expect(page).toHaveURL(new RegExp(`${findingHref!.replace(/[?]/g, '\\?')}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Analyse' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Findings', exact: true })).toHaveAttribute('aria-current', 'page');
  const focusId = findingHref!.split('focus=')[1]!;
  await expect(page.locator(`#item-${focusId}`)).toBeFocused();
  // Following a result closed the panel; the query is kept for going back to it.
  await expect(group(page, /^Findings/)).toHaveCount(0);
  await expect(searchBox(page)).toHaveValue('cuckooing');

  // A notes result opens the coding view of that engagement at the match.
  await searchBox(page).focus();
  const notesLink = group(page, /^Notes/).getByRole('link').first();
  const notesHref = (await notesLink.getAttribute('href'))!;
  const match = new RegExp(`^#/reviews/(${UUID})/analyse/code/(${UUID})\\?at=(\\d+)-(\\d+)$`).exec(notesHref);
  expect(match, notesHref).not.toBeNull();
  await notesLink.click();
  await expect(page).toHaveURL(/\/analyse\/code\/[0-9a-f-]+\?at=\d+-\d+$/);
  // The offsets point at the word in the engagement's notes (read on its Engage page).
  const [, reviewId, engagementId, start, end] = match!;
  await openApp(page, `/#/reviews/${reviewId}/engage/${engagementId}`);
  const notes = await page.getByLabel('Notes', { exact: true }).inputValue();
  expect(notes.slice(Number(start), Number(end))).toMatch(/^cuckooing$/i);

  // Locking ends the worker, and with it every word of the review it held.
  await searchBox(page).fill('cuckooing');
  await expect(page.getByRole('status').filter({ hasText: /results for ‘cuckooing’$/ })).toBeVisible();
  expect(await workerNames(page)).toContain('search');
  await lockButton(page).click();
  await expect.poll(() => workerNames(page)).not.toContain('search');
});

test('the search box works from the keyboard alone, and says when nothing matched', async ({ page }) => {
  await openSample(page);
  // "/" from the page (not a field) comes to the box.
  await page.getByRole('heading', { level: 1, name: 'Overview' }).focus();
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('xylophone');
  await expect(page.getByRole('status').filter({ hasText: 'No results for ‘xylophone’' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(searchBox(page)).toHaveValue('');
  await expect(page.getByText('No results for')).toHaveCount(0);

  await page.keyboard.type('kestrel');
  const links = page.getByRole('search').getByRole('link');
  await expect(links.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue('kestrel');

  // Enter on a result follows it; the panel closes and focus leaves the box.
  await page.keyboard.press('ArrowDown');
  const href = await links.first().getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[?]/g, '\\?')}$`));
  await expect(page.getByRole('search').getByRole('link')).toHaveCount(0);

  // Ctrl+K works too; "/" typed in a field stays in the field.
  await page.getByRole('navigation', { name: 'Stages of the review' }).getByRole('link', { name: /^Scope/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scope' })).toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue('kestrel');
  const terms = page.getByLabel('Terms of reference');
  await terms.focus();
  await page.keyboard.press('/');
  await expect(terms).toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(terms).toBeFocused();
});
