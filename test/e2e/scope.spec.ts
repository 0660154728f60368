/** A reviewer creates a review, fills in the Scope stage, and finds it all after a reload. */
import { test, expect, checkA11y } from './fixtures.ts';
import { openApp } from './app.ts';
import { allSaved, createReview, dateIn, fillDate } from './reviewPages.ts';

test('create a review, fill the scope, reload: everything is still there', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Reviews' })).toBeVisible();
  await checkA11y(page, 'reviews, empty');

  await page.getByRole('button', { name: 'Create a new review' }).click();
  await checkA11y(page, 'new review form');
  await page.getByRole('button', { name: 'Create review' }).click();
  await expect(page.getByRole('link', { name: 'Enter a title for the review' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();

  await createReview(page, { title: 'Eastbridge Local Review', area: 'Eastbridge', commissioner: 'Eastbridge CSP' });
  await checkA11y(page, 'scope stage');

  await page.getByLabel('OFFICIAL', { exact: true }).check();
  await fillDate(page.getByRole('group', { name: 'Start date' }), '2026-03-02');
  await fillDate(page.getByRole('group', { name: 'End date' }), '2026-03-13');
  await page.getByLabel('Terms of reference').fill('Look at county lines and exploitation.\nWith a focus on transitions at 18 — and on girls 👧🏽.');
  await page.getByLabel('Local definition of serious violence').fill('Violence causing or risking serious harm, including knife crime.');
  await page.getByLabel('Commissioned by').fill('Eastbridge Community Safety Partnership');

  await page.getByLabel('Name', { exact: true }).fill('Sam Okafor');
  await page.getByLabel('Role', { exact: true }).fill('Lead reviewer');
  await page.getByRole('button', { name: 'Add reviewer' }).click();
  await expect(page.getByLabel('Reviewer 1 name')).toHaveValue('Sam Okafor');

  await page.getByText(/Add agencies from the template/).click();
  await page.getByLabel('Community Safety Partnership').check();
  await page.getByLabel('Violence Reduction Unit').check();
  await page.getByRole('button', { name: 'Add selected agencies' }).click();
  await page.getByLabel('Agency name').fill('Eastbridge Boxing Club');
  await page.getByLabel('Sector', { exact: true }).selectOption({ label: 'Voluntary and community sector' });
  await page.getByRole('button', { name: 'Add agency' }).click();
  await expect(page.getByText('3 agencies across 2 sectors.')).toBeVisible();

  await page.getByRole('button', { name: 'Move Gangs and group offending up' }).click();
  await page.getByLabel('Theme name', { exact: true }).fill('Bus station after dark');
  await page.getByRole('combobox', { name: 'Part of' }).selectOption({ label: 'County lines' });
  await page.getByRole('button', { name: 'Add theme' }).click();
  await expect(page.getByLabel('Sub-theme name: Bus station after dark')).toBeVisible();
  await allSaved(page);
  await checkA11y(page, 'scope stage, filled');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Scope' })).toBeVisible();
  await expect(page.getByLabel('Review title')).toHaveValue('Eastbridge Local Review');
  await expect(page.getByLabel('Commissioned by')).toHaveValue('Eastbridge Community Safety Partnership');
  await expect(page.getByLabel('OFFICIAL', { exact: true })).toBeChecked();
  await expect.poll(() => dateIn(page.getByRole('group', { name: 'Start date' }))).toBe('2026-03-02');
  await expect.poll(() => dateIn(page.getByRole('group', { name: 'End date' }))).toBe('2026-03-13');
  await expect(page.getByLabel('Terms of reference')).toHaveValue('Look at county lines and exploitation.\nWith a focus on transitions at 18 — and on girls 👧🏽.');
  await expect(page.getByLabel('Local definition of serious violence')).toHaveValue('Violence causing or risking serious harm, including knife crime.');
  await expect(page.getByLabel('Reviewer 1 role')).toHaveValue('Lead reviewer');
  await expect(page.getByLabel('Name of agency: Eastbridge Boxing Club')).toBeVisible();
  await expect(page.getByLabel('Sector of Eastbridge Boxing Club')).toHaveValue('voluntary-community');
  const themeNames = await page.getByLabel(/^Theme name: /).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  expect(themeNames.slice(0, 2)).toEqual(['Gangs and group offending', 'County lines']);
  await expect(page.getByLabel('Sub-theme name: Bus station after dark')).toBeVisible();
});

test('leaving a field saves it at once, and a field that may not be empty says so', async ({ page }) => {
  await openApp(page);
  await createReview(page, { title: 'Blur test', area: 'Northfold' });
  await page.getByLabel('Area').fill('');
  await page.getByLabel('Area').blur();
  await expect(page.getByText('Enter the area being reviewed')).toBeVisible();
  await page.getByLabel('Area').fill('Northfold and Lea');
  await page.getByLabel('Area').blur();
  await allSaved(page);
  await page.reload();
  await expect(page.getByLabel('Area')).toHaveValue('Northfold and Lea');
});

test('removing a theme can be undone, and a theme with sub-themes is protected', async ({ page }) => {
  await openApp(page);
  await createReview(page, { title: 'Undo test', area: 'Westmarsh' });
  await page.getByRole('button', { name: 'Remove Vulnerability and exploitation' }).click();
  await expect(page.getByText(/has sub-themes; move or remove them first/)).toBeVisible();
  await page.getByRole('button', { name: 'Remove Gangs and group offending' }).click();
  await expect(page.getByText('Removed the theme “Gangs and group offending”.')).toBeVisible();
  await expect(page.getByLabel('Theme name: Gangs and group offending')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Theme name: Gangs and group offending')).toBeVisible();
});

test('every stage of a new, empty review says where to start, and every screen passes axe', async ({ page }) => {
  await openApp(page);
  await createReview(page, { title: 'Stages', area: 'Southby' });
  const firstSteps: Record<string, RegExp> = {
    Overview: /The terms of reference are not written yet/,
    Analyse: /no engagements/i,
    Recommend: /no findings/i,
    Report: /Create the Word report/,
    'Follow-up': /no recommendations/i,
  };
  for (const [stage, firstStep] of Object.entries(firstSteps)) {
    await page.getByRole('navigation', { name: 'Stages of the review' }).getByRole('link', { name: stage, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: stage })).toBeVisible();
    await expect(page.getByRole('main').getByText(firstStep).first()).toBeVisible();
    await checkA11y(page, `${stage} stage, empty review`);
  }
  await openApp(page, '/#/nowhere');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await checkA11y(page, 'not found');
});
