/**
 * A reviewer works on the sample review's recommendations: the unanswered check finds a
 * gap, a new recommendation answers it, is changed and moved up; another is deleted with
 * its actions and brought back with Undo; everything is still there after a reload.
 */
import type { Page } from '@playwright/test';
import { test, expect, checkA11y } from './fixtures.ts';
import { openApp } from './app.ts';
import { allSaved, createReview, openStage } from './reviewPages.ts';

const TRANSITIONS_GAP = 'Protection stops at 18 for young people who are still being exploited';
const SAMPLE_TITLES = [
  'Rebuild MACE as a planning forum fed by timely information',
  'Keep children who are out of school safe in the school day',
  'A place plan for the bus station, Wharf Street and Kestrel Court',
  'Bring health settings into the exploitation pathway',
  'Keep protection in place for exploited young people beyond 18',
];
// Recommendation 3 of the sample file, which has two actions.
const PLACE_PLAN_ID = '00000000-0000-4000-8007-000000000003';

const list = (page: Page) => page.getByRole('list', { name: 'Recommendations in number order' });
const headings = (page: Page) => list(page).getByRole('heading', { level: 3 });
/** The recommendations themselves, not the lists of findings inside them. */
const items = (page: Page) => list(page).locator(':scope > li');
const unanswered = (page: Page) => page.getByRole('list', { name: 'Gaps and barriers without a recommendation' });
const outcome = (page: Page) => page.getByTestId('unanswered-outcome');
const numbered = (titles: string[]) => titles.map((title, i) => `Recommendation ${i + 1}: ${title}`);

test('recommendations answer the findings: add, change, move, delete with Undo, and all survive a reload', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await openStage(page, 'Recommend');
  await expect(headings(page)).toHaveText(numbered(SAMPLE_TITLES));
  await expect(outcome(page)).toHaveText('Every gap and barrier is answered by a recommendation.');
  await expect(page.getByTestId('recommend-summary')).toContainText('Unanswered gaps and barriers: 0');
  const third = items(page).filter({ has: page.getByRole('heading', { name: SAMPLE_TITLES[2] }) });
  await expect(third).toContainText('Lead agencySallowmere Borough Council – Community Safety Team');
  await expect(third.getByRole('link', { name: /2 actions/ })).toBeVisible();
  await expect(third.getByRole('link', { name: 'The bus station is the borough’s main place of risk, and no agency owns it' }))
    .toHaveAttribute('href', /\/analyse\/findings\?focus=00000000-0000-4000-8006-000000000004$/);
  await checkA11y(page, 'recommend stage');

  // Recommendation 5 stops answering the transitions gap, so the check lists it.
  await page.getByRole('button', { name: 'Change recommendation 5' }).click();
  const change5 = page.getByRole('form', { name: 'Change recommendation 5' });
  await change5.getByRole('group', { name: 'Findings this answers' }).getByLabel(TRANSITIONS_GAP).uncheck();
  await change5.getByRole('button', { name: 'Save recommendation' }).click();
  await expect(unanswered(page).getByRole('link')).toHaveText([TRANSITIONS_GAP]);
  await expect(page.getByTestId('recommend-summary')).toContainText('Unanswered gaps and barriers: 1');
  await expect(page.locator('#item-00000000-0000-4000-8007-000000000005')).toBeFocused();

  // Answer it from the check: the new form starts with that gap ticked.
  await unanswered(page).getByRole('button', { name: `Add a recommendation answering “${TRANSITIONS_GAP}”` }).click();
  const add = page.getByRole('form', { name: 'Add a recommendation' });
  await expect(add.getByLabel('Title')).toBeFocused();
  await expect(add.getByLabel(TRANSITIONS_GAP)).toBeChecked();
  await expect(add.getByRole('group', { name: 'Priority' }).getByLabel('Medium')).toBeChecked();
  await add.getByRole('button', { name: 'Add recommendation' }).click();
  await expect(add.getByRole('alert')).toContainText('Enter a title for the recommendation');
  await expect(add.getByRole('alert')).toContainText('Choose the agency that will lead this recommendation');
  await checkA11y(page, 'add form with errors');
  await add.getByLabel('Title').fill('A transitions panel for 17-year-olds');
  await add.getByLabel('Detail').fill('Children’s and adults’ services meet monthly.\nEvery exploited 17-year-old is discussed.');
  await add.getByLabel('Lead agency').selectOption({ label: 'Sallowmere Borough Council – Adult Social Care' });
  await expect(add.getByRole('group', { name: 'Partner agencies' }).getByLabel('Sallowmere Borough Council – Adult Social Care')).toHaveCount(0);
  await add.getByRole('group', { name: 'Partner agencies' }).getByLabel('Sallowmere Youth Justice Service').check();
  await add.getByRole('group', { name: 'Timescale' }).getByLabel('Within 3 months').check();
  await add.getByRole('button', { name: 'Add recommendation' }).click();
  await expect(headings(page)).toHaveText(numbered([...SAMPLE_TITLES, 'A transitions panel for 17-year-olds']));
  await expect(outcome(page)).toHaveText('Every gap and barrier is answered by a recommendation.');
  const added = items(page).last();
  await expect(added).toBeFocused();
  await expect(added).toContainText('Within 3 months');
  await expect(added).toContainText('No actions yet');

  // Change it, then move it up: it becomes number 5 and focus stays on its Move up button.
  await page.getByRole('button', { name: 'Change recommendation 6' }).click();
  const change6 = page.getByRole('form', { name: 'Change recommendation 6' });
  await change6.getByLabel('Title').fill('A joint transitions panel for exploited 17-year-olds');
  await change6.getByRole('group', { name: 'Priority' }).getByLabel('High').check();
  await change6.getByLabel('Success measure (optional)').fill('Every exploited 17-year-old has a plan by 18.');
  await change6.getByRole('button', { name: 'Save recommendation' }).click();
  await expect(added).toContainText('Every exploited 17-year-old has a plan by 18.');
  await page.getByRole('button', { name: 'Move recommendation 6 up' }).click();
  const titles = [...SAMPLE_TITLES.slice(0, 4), 'A joint transitions panel for exploited 17-year-olds', SAMPLE_TITLES[4]!];
  await expect(headings(page)).toHaveText(numbered(titles));
  await expect(page.getByRole('button', { name: 'Move recommendation 5 up' })).toBeFocused();

  // Delete recommendation 3 and its two actions; Undo brings back the numbers too.
  await page.getByRole('button', { name: 'Delete recommendation 3' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Deleted recommendation 3' }))
    .toContainText(`Deleted recommendation 3 (“${SAMPLE_TITLES[2]}”) and its 2 actions; the ones after it are renumbered.`);
  await expect(headings(page)).toHaveText(numbered(titles.filter((t) => t !== SAMPLE_TITLES[2])));
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Undone.')).toBeVisible();
  await expect(headings(page)).toHaveText(numbered(titles));
  await expect(third.getByRole('link', { name: /2 actions/ })).toBeVisible();
  await allSaved(page);

  await page.reload();
  await expect(headings(page)).toHaveText(numbered(titles));
  const moved = items(page).nth(4);
  await expect(moved).toContainText('Children’s and adults’ services meet monthly.');
  await expect(moved).toContainText('PriorityHigh');
  await expect(moved).toContainText('Partner agenciesSallowmere Youth Justice Service');
  await expect(moved.getByRole('link', { name: TRANSITIONS_GAP })).toBeVisible();
  await expect(outcome(page)).toHaveText('Every gap and barrier is answered by a recommendation.');

  // A link to a recommendation brings it into view.
  await openApp(page, page.url().replace(/#.*/, `#/reviews/00000000-0000-4000-8000-000000000001/recommend?focus=${PLACE_PLAN_ID}`));
  await expect(page.locator(`#item-${PLACE_PLAN_ID}`)).toBeFocused();
});

test('a review with no findings says where to draw them, and has no recommendations yet', async ({ page }) => {
  await openApp(page);
  await createReview(page, { title: 'Eastbrook review', area: 'Eastbrook' });
  await openStage(page, 'Recommend');
  await expect(page.getByTestId('no-findings')).toContainText('No findings yet.');
  await expect(page.getByRole('link', { name: 'go to Analyse: Findings' })).toHaveAttribute('href', /\/analyse\/findings$/);
  await expect(page.getByTestId('no-recommendations')).toBeVisible();
  await expect(outcome(page)).toHaveText('No gaps or barriers have been found yet, so there is nothing to answer.');
  await checkA11y(page, 'recommend, empty');
});
