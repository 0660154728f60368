/**
 * A reviewer tracks the sample review's action plan: adds an overdue action, records an
 * update that puts it at risk, deletes an action and undoes it, filters to the overdue
 * actions, and finds it all after a reload.
 */
import type { Page } from '@playwright/test';
import { test, expect, checkA11y } from './fixtures.ts';
import { openApp } from './app.ts';
import { createReview, openStage } from './reviewPages.ts';

const NEW_ACTION = 'Run a joint patrol and outreach night at Kestrel Court each month';
const SAMPLE_ACTION = 'Publish a one-page MACE referral form and pathway';
const ONLY_ACTION_OF_5 = 'Widen the transitions panel';
const YOUTH_SERVICE = 'Sallowmere Youth Service';

/** Today as the app sees it (the browser's local date), and as it is shown. */
async function today(page: Page): Promise<{ iso: string; shown: string }> {
  return page.evaluate(() => {
    const now = new Date();
    const iso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    return { iso, shown: now.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }) };
  });
}

const summary = (page: Page) => page.getByTestId('plan-summary');
const card = (page: Page, description: string) => page.getByRole('article', { name: description });
const rollUpRow = (page: Page, table: string, name: string | RegExp) =>
  page.getByRole('table', { name: table }).getByRole('row', { name });

/** The number of overdue actions the summary line states. */
async function overdueCount(page: Page): Promise<number> {
  const match = /; (\d+|none) overdue$/.exec(await summary(page).innerText());
  expect(match, 'the summary line ends with the overdue count').not.toBeNull();
  return match![1] === 'none' ? 0 : Number(match![1]);
}

test('track the sample action plan: add an overdue action, update it, delete with undo, filter, reload', async ({ page }) => {
  // About 25 s on a quiet machine; the checks run on shared laptops and CI runners, so allow slack.
  test.setTimeout(60_000);
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await openStage(page, 'Follow-up');
  const { iso: todayIso, shown: todayShown } = await today(page);

  await expect(summary(page)).toHaveText(/^11 actions: 4 on track, 2 at risk, 2 off track, 1 complete, 2 not started; (\d+|none) overdue$/);
  const overdueBefore = await overdueCount(page);
  await expect(page.getByRole('heading', { level: 3 })).toHaveText([/^1\. Rebuild MACE/, /^2\. /, /^3\. A place plan/, /^4\. /, /^5\. /]);
  await expect(card(page, SAMPLE_ACTION)).toContainText('17 April 2026');

  // Add an action due in the past, first with a date that does not exist.
  await page.getByRole('button', { name: 'Add an action to recommendation 3' }).click();
  const form = page.getByRole('form', { name: 'Add an action to recommendation 3' });
  await expect(form.getByLabel('What will be done')).toBeFocused();
  await form.getByLabel('What will be done').fill(NEW_ACTION);
  await form.getByLabel('Owner agency').selectOption({ label: YOUTH_SERVICE });
  const due = form.getByRole('group', { name: 'Due date (optional)' });
  await due.getByLabel('Day').fill('31');
  await due.getByLabel('Month').fill('2');
  await due.getByLabel('Year').fill('2025');
  await expect(form.getByLabel('Status')).toHaveValue('not-started');
  await form.getByRole('button', { name: 'Add action' }).click();
  await expect(form.getByRole('alert')).toContainText('Due date must be a real date');
  // axe is slow on a whole action plan, so each check covers the stage and one open form.
  await checkA11y(page, 'follow-up stage with the add-action form showing an error');
  await due.getByLabel('Day').fill('15');
  await due.getByLabel('Month').fill('1');
  await form.getByRole('button', { name: 'Add action' }).click();

  const added = card(page, NEW_ACTION);
  await expect(added).toBeFocused();
  await expect(added).toHaveClass(/app-action--overdue/);
  await expect(added.getByRole('definition')).toHaveText([YOUTH_SERVICE, '15 January 2025 Overdue', 'Not started', 'No updates yet']);
  await expect(summary(page)).toHaveText(`12 actions: 4 on track, 2 at risk, 2 off track, 1 complete, 3 not started; ${overdueBefore + 1} overdue`);
  await expect(rollUpRow(page, 'Progress by owner agency', YOUTH_SERVICE).getByRole('cell').first()).toHaveText('2');

  // An update that puts it at risk: the status, the latest update, the history and the roll-ups follow.
  // (Narrowed to one owner first, which also keeps the page small for the slow accessibility check.)
  await page.getByRole('group', { name: 'Filter the action plan' }).getByLabel('Owner agency').selectOption({ label: YOUTH_SERVICE });
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 2 of 12 actions.');
  await added.getByRole('button', { name: /^Add an update/ }).click();
  const updateForm = page.getByRole('form', { name: `Add an update to: ${NEW_ACTION}` });
  await expect(updateForm.getByRole('group', { name: 'Date of the update' }).getByLabel('Year')).toHaveValue(todayIso.slice(0, 4));
  await updateForm.getByLabel('What has happened').fill('Police cover agreed for two nights only; the youth service is short of staff.');
  await updateForm.getByLabel('Status now').selectOption({ label: 'At risk' });
  await checkA11y(page, 'follow-up stage with the add-an-update form');
  await updateForm.getByRole('button', { name: 'Add update' }).click();
  await expect(added).toBeFocused();
  await expect(added.getByRole('definition').nth(2)).toHaveText('At risk');
  await expect(added.getByRole('definition').nth(3)).toHaveText(`${todayShown}: Police cover agreed for two nights only; the youth service is short of staff.`);
  await added.getByText('Update history (1)').click();
  await expect(added.getByRole('list', { name: 'Updates, newest first' }).getByRole('listitem')).toHaveCount(1);
  await expect(added.getByRole('list', { name: 'Updates, newest first' })).toContainText(`${todayShown} At risk`);
  await expect(summary(page)).toHaveText(`12 actions: 4 on track, 3 at risk, 2 off track, 1 complete, 2 not started; ${overdueBefore + 1} overdue`);
  const youth = rollUpRow(page, 'Progress by owner agency', YOUTH_SERVICE);
  // Actions, Not started, On track, At risk, Off track, Complete (then Overdue and Overall).
  await expect(youth.getByRole('cell')).toHaveText(['2', '0', '0', '2', '0', '0', /\d/, 'Off track']);
  await expect(rollUpRow(page, 'Progress by recommendation', /^3\. A place plan/).getByRole('cell').nth(3)).toHaveText('2');

  await page.getByRole('button', { name: 'Clear filters' }).click();

  // Delete a sample action (with its two updates), then undo: it comes back whole.
  const sample = card(page, SAMPLE_ACTION);
  await sample.getByRole('button', { name: /^Delete/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Deleted the action' })).toContainText('and its 2 updates');
  await expect(sample).toHaveCount(0);
  await expect(summary(page)).toHaveText(`11 actions: 4 on track, 3 at risk, 2 off track, 2 not started; ${overdueBefore + 1} overdue`);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Undone.')).toBeVisible();
  await expect(sample).toContainText('Update history (2)');
  await expect(sample.getByRole('definition').nth(2)).toHaveText('Complete');
  await expect(summary(page)).toContainText('12 actions:');

  // Changing an action keeps its history; a recommendation left with no actions says so.
  await added.getByRole('button', { name: /^Change/ }).click();
  const change = added.getByRole('form', { name: 'Change the action' });
  await expect(change.getByLabel('Day')).toHaveValue('15');
  await change.getByLabel('Day').fill('16');
  await change.getByRole('button', { name: 'Save action' }).click();
  await expect(added.getByRole('definition').nth(1)).toHaveText('16 January 2025 Overdue');
  await expect(added.getByRole('definition').nth(2)).toHaveText('At risk');
  const five = page.getByRole('region', { name: /^5\. / });
  await card(page, ONLY_ACTION_OF_5).getByRole('button', { name: /^Delete/ }).click();
  await expect(five).toContainText('No actions yet for this recommendation.');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card(page, ONLY_ACTION_OF_5)).toBeVisible();

  // Overdue only: the new action stays, the complete one goes.
  await page.getByLabel('Overdue only').check();
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(`Showing ${overdueBefore + 1} of 12 actions.`);
  await expect(added).toBeVisible();
  await expect(sample).toHaveCount(0);

  // After a reload everything is still there; the route still points at the new action.
  expect(page.url()).toContain('?focus=');
  await page.reload();
  await expect(added).toBeFocused();
  await expect(summary(page)).toHaveText(`12 actions: 4 on track, 3 at risk, 2 off track, 1 complete, 2 not started; ${overdueBefore + 1} overdue`);
  await expect(added.getByRole('definition')).toHaveText([YOUTH_SERVICE, '16 January 2025 Overdue', 'At risk', /^\d{1,2} \w+ \d{4}: Police cover agreed/]);
  await expect(sample).toContainText('Update history (2)');
});

test('with no recommendations yet, the stage says so and points to Recommend', async ({ page }) => {
  await openApp(page);
  await createReview(page, { title: 'Eastmoor review', area: 'Eastmoor' });
  await openStage(page, 'Follow-up');
  await expect(page.getByRole('heading', { level: 2, name: 'No recommendations yet' })).toBeVisible();
  await checkA11y(page, 'follow-up, no recommendations');
  await page.getByRole('link', { name: 'Go to the Recommend stage' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Recommend' })).toBeVisible();
});
