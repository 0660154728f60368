/**
 * Help: the user guide is inside the app, offline. Reached from the header and from each
 * stage's help, its pages link to each other (and only to each other: test/unit/guide.test.ts),
 * its screenshots load from the app's own bundle, and it passes axe.
 */
import { test, expect, checkA11y } from './fixtures.ts';
import { openApp } from './app.ts';
import { openStage } from './reviewPages.ts';

test('the guide opens from the header, moves between pages and shows its screenshots', async ({ page }) => {
  await openApp(page);
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Help' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'User guide' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'User guide' })).toBeFocused();
  const contents = page.getByRole('navigation', { name: 'User guide' });
  await expect(contents.getByRole('link')).toHaveCount(16);
  await expect(contents.getByRole('link', { name: 'User guide' })).toHaveAttribute('aria-current', 'page');
  await checkA11y(page, 'help contents');

  await page.getByRole('listitem').filter({ hasText: 'coding passages' }).getByRole('link', { name: 'Analyse' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Analyse' })).toBeVisible();
  await expect(page).toHaveURL(/#\/help\/analyse$/);
  const picture = page.getByRole('img', { name: 'Coding passages in an engagement\'s notes' });
  await expect(picture).toBeVisible();
  // Loaded from the app's own bundle, not missing and not from anywhere else.
  expect(await picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  expect(new URL(await picture.evaluate((img: HTMLImageElement) => img.src)).origin).toBe(new URL(page.url()).origin);
  await checkA11y(page, 'help page with screenshots');

  // From the keyboard: the contents lead to the IT page.
  await contents.getByRole('link', { name: /^Installing and managing/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^Installing and managing Local Review/ })).toBeFocused();
  await expect(page.getByText('msiexec /i')).toBeVisible();
});

test('the guide has pages for training, peer networks and team work, each with its screenshots', async ({ page }) => {
  await openApp(page, '/#/help');
  const contents = page.getByRole('navigation', { name: 'User guide' });
  for (const [title, picture] of [
    ['Training', 'Results for training managers'],
    ['Peer networks', 'The same network as a table'],
    ['Team work', 'The merge preview: what the file brings and the conflicts to decide'],
  ]) {
    await contents.getByRole('link', { name: title, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
    const img = page.getByRole('img', { name: picture });
    await expect(img).toBeVisible();
    // Loaded from the bundle: wait for it, as a picture may still be decoding when it shows.
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  }
  await checkA11y(page, 'help page for team work');
});

test('each stage’s help links to its page in the guide', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample review' }).click();
  await openStage(page, 'Follow-up');
  await page.getByText('What this stage is for').click();
  await page.getByRole('link', { name: 'Read the guide to the Follow-up stage' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Follow-up' })).toBeVisible();
  await expect(page).toHaveURL(/#\/help\/follow-up$/);
});

test('an unknown guide page says so and leads back to the contents', async ({ page }) => {
  await openApp(page, '/#/help/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the guide’s contents' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'User guide' })).toBeVisible();
});
