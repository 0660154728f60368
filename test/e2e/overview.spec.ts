/**
 * A review opens on its overview: where it stands, what is missing (each linked to the
 * place to put it right), charts with tables. The Report stage shows the same checks
 * before export, and the reviewer's own words reach the Word report.
 */
import { spawnSync } from 'node:child_process';
import type { Locator, Page } from '@playwright/test';
import { checkA11y, expect, test } from './fixtures.ts';
import { openApp } from './app.ts';
import { allSaved, createReview, openStage, tabTo } from './reviewPages.ts';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
// A fixed day, so the sample's overdue actions are the same on every run.
const TODAY = new Date('2026-12-05T10:00:00');

async function openSample(page: Page): Promise<void> {
  await page.clock.setFixedTime(TODAY);
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
}

const checks = (page: Page, stage: string) => page.getByRole('list', { name: `Checks for ${stage}` });

/** The element the route's ?focus= names: focused and on screen. */
async function expectFocusTarget(page: Page): Promise<Locator> {
  const focus = new URL(page.url().replace('#', '')).searchParams.get('focus');
  expect(focus).toBeTruthy();
  const target = page.locator(`[id="item-${focus}"]`);
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();
  return target;
}

test('the sample review opens on an overview that lists what is missing, and each link lands on its place', async ({ page }) => {
  test.setTimeout(90_000);
  await openSample(page);
  // The sample arrives at Analyse; its action plan moves it on to Follow-up by itself.
  await expect(page.getByTestId('review-stage')).toHaveText('Stage: Follow-up');
  await expect(page.getByTestId('next-step')).toContainText('10 actions overdue');
  for (const stage of ['Scope', 'Engage', 'Recommend']) {
    await expect(page.getByRole('heading', { level: 3, name: new RegExp(`^\\d\\. ${stage} Done$`) })).toBeVisible();
  }
  await expect(checks(page, 'Engage')).toContainText('Every sector in scope has been heard (12 sectors)');
  await expect(checks(page, 'Analyse')).toContainText('49 passages coded');
  await expect(checks(page, 'Analyse')).toContainText('Worth a look: 1 quotable passage not used by any finding, so not in the report');
  await expect(checks(page, 'Report')).toContainText('No executive summary of your own yet');
  await expect(checks(page, 'Follow-up')).toContainText('Missing: 10 actions overdue');

  // Charts, each with its figures as a table.
  const sessions = page.getByRole('figure', { name: 'Sessions by sector' });
  await expect(sessions.getByRole('img', { name: /^Bar chart: sessions by sector/ })).toBeVisible();
  await expect(sessions.getByRole('table', { name: 'Sessions by sector: the figures' }).getByRole('row', { name: /^Education \d+$/ })).toBeVisible();
  const actions = page.getByRole('figure', { name: 'Actions by status' });
  await expect(actions.getByRole('table', { name: 'Actions by status: the figures' }).getByRole('row')).toHaveCount(6);
  await checkA11y(page, 'overview of the sample review');

  // A quotable passage no finding uses: its passage in the coding view.
  await checks(page, 'Analyse').getByRole('link', { name: '“He’d finally trusted someone and then he turned eighteen on a Tuesday.”' }).click();
  await expect(page).toHaveURL(new RegExp(`/analyse/code/${UUID}\\?focus=${UUID}$`));
  await expect(await expectFocusTarget(page)).toContainText('He’d finally trusted someone');

  // A single-voice finding: the finding itself.
  await page.goBack();
  await checks(page, 'Analyse').getByRole('link', { name: 'Protection stops at 18 for young people who are still being exploited' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Analyse' })).toBeVisible();
  await expect(await expectFocusTarget(page)).toContainText('Protection stops at 18');

  // An overdue action: the action in the plan.
  await page.goBack();
  const overdue = checks(page, 'Follow-up').getByRole('list').getByRole('link').first();
  const description = (await overdue.innerText()).replace(/…$/, '');
  await overdue.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Follow-up' })).toBeVisible();
  await expect(await expectFocusTarget(page)).toContainText(description);

  // The executive summary: its field on the Report stage.
  await page.goBack();
  await checks(page, 'Report').getByRole('link', { name: /^No executive summary of your own yet/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Report' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Executive summary' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Executive summary' })).toBeInViewport();
});

test('the overview works from the keyboard alone', async ({ page }) => {
  await openSample(page);
  await page.getByRole('heading', { level: 1, name: 'Overview' }).focus();
  await tabTo(page, 'Protection stops at 18 for young people who are still being exploited');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Analyse' })).toBeVisible();
  await expectFocusTarget(page);
  // The charts add no tab stops of their own: their figures are in the tables.
  await page.goBack();
  await expect(page.getByRole('figure', { name: 'Actions by status' })).toBeVisible();
  await expect(page.getByRole('figure').locator('[tabindex]:not([tabindex="-1"]), a[href], button')).toHaveCount(0);
});

test('the stage follows the work, the reviewer can move it on or close the review, and the Reviews list shows it', async ({ page }) => {
  test.setTimeout(90_000);
  // The sample arrives at Analyse; the work in it (an action plan) moves it on by itself.
  await openSample(page);
  await expect(page.getByTestId('review-stage')).toHaveText('Stage: Follow-up');
  await page.getByRole('button', { name: 'Close the review' }).click();
  await expect(page.getByTestId('review-stage')).toHaveText('Stage: Closed');
  await page.getByRole('link', { name: 'All reviews' }).first().click();
  const sample = page.getByRole('row').filter({ hasText: 'Sallowmere' });
  await expect(sample).toContainText('Closed');
  // The list's link opens the overview.
  await sample.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await page.getByRole('button', { name: 'Reopen the review' }).click();
  await expect(page.getByTestId('review-stage')).toHaveText('Stage: Follow-up');
  await page.getByRole('link', { name: 'All reviews' }).first().click();
  await expect(sample).toContainText('Follow-up');

  await createReview(page, { title: 'Stage by stage', area: 'Northby' });
  await openStage(page, 'Overview');
  await expect(page.getByTestId('review-stage')).toHaveText('Stage: Scope');
  await expect(page.getByTestId('next-step')).toContainText('The terms of reference are not written yet');
  await expect(page.getByRole('figure')).toHaveCount(0);
  await expect(page.getByText('No actions in the plan yet.')).toBeVisible();
  await checkA11y(page, 'overview of a new review');
  // The next step lands on the very field to fill in.
  await page.getByTestId('next-step').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scope' })).toBeVisible();
  await expect(page.getByLabel('Terms of reference')).toBeFocused();
  await expect(page.getByLabel('Terms of reference')).toBeInViewport();
  await openStage(page, 'Overview');
  await page.getByRole('button', { name: 'Mark Scope as done and move to Engage' }).click();
  await expect(page.getByTestId('review-stage')).toHaveText('Stage: Engage');
  await expect(page.getByText('Scope is done. The review is now at the Engage stage.')).toBeVisible();
  await page.getByRole('link', { name: 'All reviews' }).first().click();
  await expect(page.getByRole('row').filter({ hasText: 'Stage by stage' })).toContainText('Engage');
});

test('the Report stage shows what is missing before export, and the reviewer’s own words reach the Word report', async ({ page }) => {
  test.setTimeout(90_000);
  await openSample(page);
  await openStage(page, 'Report');
  const readiness = page.getByTestId('report-readiness');
  await expect(readiness).toContainText('these 5 things are not done yet');
  await expect(readiness.getByRole('link', { name: /^No executive summary of your own yet/ })).toBeVisible();
  await expect(page.getByText('What this stage is for')).toBeVisible();

  await page.getByRole('textbox', { name: 'Executive summary' }).fill('Partners in Sallowmere know the risks to young people.\nThey do not yet share them in time.');
  await page.getByRole('textbox', { name: 'Local context' }).fill('Sallowmere is a coastal town with a busy bus station.');
  await page.getByRole('textbox', { name: 'Local context' }).blur();
  await allSaved(page);
  await expect(readiness).toContainText('these 3 things are not done yet');
  await expect(readiness).not.toContainText('No executive summary of your own yet');
  await checkA11y(page, 'report stage with its readiness');

  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByRole('button', { name: 'Create the Word report' }).click()]);
  const file = await download.path();
  const run = spawnSync('/usr/bin/python3', ['-c', 'import docx,sys\nprint("\\n".join(p.text for p in docx.Document(sys.argv[1]).paragraphs))', file], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const text = run.stdout;
  expect(text).toMatch(/^Executive summary\nPartners in Sallowmere know the risks to young people\.\nThey do not yet share them in time\.\nKey findings$/m);
  expect(text).toMatch(/^Local context\nSallowmere is a coastal town with a busy bus station\.$/m);
  expect(text).not.toContain('This section summarises the local picture');
});
