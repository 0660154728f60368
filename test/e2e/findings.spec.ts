/**
 * A reviewer reads the coverage map of the sample review (counted by who said each passage,
 * with passages not attributed apart) and opens a cell's passages, browses its evidence by
 * sector, use in findings and words, draws findings from ticked passages (seeing which rest
 * on a single voice), reorders and edits them, deletes one and undoes it, and finds it all
 * after a reload.
 */
import type { Page } from '@playwright/test';
import { test, expect, checkA11y } from './fixtures.ts';
import { openApp } from './app.ts';
import { allSaved, createReview, openStage } from './reviewPages.ts';

// Long journeys with accessibility checks, on machines that may be busy.
test.describe.configure({ timeout: 120_000 });

const HEALTH_TITLE = 'Health is absent when young people are seen after violence';
const SINGLE_TITLE = 'Support stops at 18 for exploited young people';

async function openView(page: Page, view: 'Evidence' | 'Coverage map' | 'Findings'): Promise<void> {
  await page.getByRole('navigation', { name: 'Analyse views' }).getByRole('link', { name: view }).click();
  await expect(page.getByRole('heading', { level: 2, name: view })).toBeVisible();
}

const finding = (page: Page, title: string) => page.getByRole('article', { name: title });
const themeSection = (page: Page, theme: string) => page.getByRole('region', { name: theme });

async function openSampleAnalysis(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample review' }).click();
  await openStage(page, 'Analyse');
}

test('the coverage map shows counts and gaps; findings drawn from ticked passages show their strength', async ({ page }) => {
  await openSampleAnalysis(page);

  // Coverage map: counts, an empty cell in words, totals.
  await openView(page, 'Coverage map');
  const map = page.getByRole('table', { name: /^Coded passages by theme and sector/ });
  await expect(map.getByRole('columnheader')).toHaveText(['Theme', 'Strategic partnership', 'Police', 'Community safety', 'Children’s social care', 'Education', 'Health',
    'Youth justice', 'Housing', 'Public health', 'Adult social care', 'Youth services', 'Voluntary and community sector', 'Not attributed', 'All sectors']);
  // The transitions interview heard adult and children's social care: one passage each, not two for each agency in the room.
  const row = (theme: string) => map.getByRole('row').filter({ has: page.getByRole('rowheader', { name: theme, exact: true }) });
  // A count's cell reads "1 passage on Transitions from …" to a screen reader; "None" is an empty cell.
  const cells = (texts: string[]) => texts.map((t) => (/^\d+$/.test(t) ? new RegExp(`^${t}( |$)`) : t));
  await expect(row('Transitions').getByRole('cell')).toHaveText(cells(['None', 'None', 'None', '1', 'None', 'None', '1', 'None', 'None', '1', 'None', 'None', '0', '3']));
  await expect(row('Multi-agency working and governance').getByRole('cell').nth(12)).toHaveText(/^5 passages/);
  await expect(map.getByRole('row').last().getByRole('cell')).toHaveText(['1', '8', '2', '6', '6', '5', '3', '2', '0', '1', '7', '1', '7', '49']);
  await expect(page.getByRole('region', { name: /^Coded passages by theme and sector/ })).toBeVisible();
  await checkA11y(page, 'coverage map');

  // A count opens its passages: the Evidence view narrowed to that theme and sector heard (or not attributed).
  await row('Transitions').getByRole('link', { name: '1 passage on Transitions from Adult social care' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Evidence' })).toBeVisible();
  await expect(page.getByText('Showing 1 of 49 passages.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Most of these young people won’t meet Care Act criteria/ })).toBeVisible();
  await expect(page.getByLabel('Sector', { exact: true })).toHaveValue('adult-social-care');
  await page.goBack();
  await row('Multi-agency working and governance').getByRole('link', { name: /^5 passages on Multi-agency working and governance not attributed/ }).click();
  await expect(page.getByText('Showing 5 of 49 passages.')).toBeVisible();
  const strategy = page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: /^asked who knew there was a serious violence strategy/ }) });
  await expect(strategy).toContainText('Not attributed: one of the 10 agencies present');
  await openView(page, 'Evidence');

  // Evidence: narrow to one sector, tick two passages from two engagements, make a finding.
  await openView(page, 'Evidence');
  await expect(page.getByRole('status').filter({ hasText: 'passages' })).toHaveText('49 passages.');
  // Each passage says which findings cite it; filters find those not yet used and words.
  const teachable = page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: /^the teachable moment happens at 2am/ }) });
  await expect(teachable).toContainText('North Corvinshire Hospitals NHS Trust – Emergency Department, Sallowmere General (Health)');
  await expect(teachable.getByRole('link', { name: 'Health settings sit outside the exploitation pathway' })).toHaveAttribute('href', /\/analyse\/findings\?focus=/);
  await page.getByLabel('Not yet used in a finding').check();
  await expect(page.getByText('Showing 2 of 49 passages.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Coded passages' }).getByRole('listitem').first()).toContainText('Not yet used in a finding');
  await page.getByLabel('Words').fill('bus station');
  await expect(page.getByText('No passages match these filters.')).toBeVisible();
  await page.getByLabel('Not yet used in a finding').uncheck();
  await expect(page.getByText('Showing 4 of 49 passages.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Sector', { exact: true }).selectOption({ label: 'Health' });
  await expect(page.getByText('Showing 5 of 49 passages.')).toBeVisible();
  await page.getByRole('checkbox', { name: /^the teachable moment happens at 2am/ }).check();
  await page.getByRole('checkbox', { name: /^No CAMHS rep at MACE/ }).check();
  await checkA11y(page, 'evidence, filtered with a selection');
  await page.getByRole('button', { name: 'Make a finding from 2 selected passages' }).click();
  const form = page.getByRole('form', { name: 'Make a finding from 2 passages' });
  await expect(form.getByLabel('Theme')).toBeFocused();
  await expect(form.getByLabel('Theme')).toHaveValue(await form.getByRole('option', { name: 'Health', exact: true }).getAttribute('value') ?? '');
  await expect(form.getByRole('radio', { name: 'Gap' })).toBeChecked();
  await expect(form.getByText('2 passages from 2 engagements; heard from 2 agencies in 1 sector.')).toBeVisible();
  await form.getByRole('button', { name: 'Add finding' }).click();
  await expect(form.getByRole('alert')).toContainText('Enter a title for the finding');
  await form.getByLabel('Title').fill(HEALTH_TITLE);
  await form.getByRole('button', { name: 'Add finding' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Findings' })).toBeVisible();
  await expect(finding(page, HEALTH_TITLE)).toBeFocused();
  await expect(finding(page, HEALTH_TITLE)).toContainText('2 passages from 2 engagements');
  await expect(finding(page, HEALTH_TITLE).getByText('Single voice')).toHaveCount(0);
  const evidence = finding(page, HEALTH_TITLE).getByRole('list', { name: `Evidence for ‘${HEALTH_TITLE}’` }).getByRole('listitem');
  await expect(evidence).toHaveCount(2);
  await expect(evidence.first()).toContainText('the teachable moment happens at 2am');
  await expect(evidence.first().getByRole('link', { name: /^Emergency department/ })).toHaveAttribute('href', /^#\/reviews\/[0-9a-f-]+\/analyse\/code\/[0-9a-f-]+\?focus=[0-9a-f-]+$/);

  // A finding from a single passage is flagged as a single voice, and comes last in its theme.
  await openView(page, 'Evidence');
  await page.getByLabel('Sector', { exact: true }).selectOption({ label: 'Adult social care' });
  await page.getByRole('checkbox', { name: /^Most of these young people won’t meet Care Act criteria/ }).check();
  await page.getByRole('button', { name: 'Make a finding from 1 selected passage' }).click();
  const singleForm = page.getByRole('form', { name: 'Make a finding from 1 passage' });
  await singleForm.getByLabel('Theme').selectOption({ label: 'Transitions' });
  await singleForm.getByLabel('Title').fill(SINGLE_TITLE);
  await singleForm.getByRole('button', { name: 'Add finding' }).click();
  const single = finding(page, SINGLE_TITLE);
  await expect(single).toBeFocused();
  await expect(single).toContainText('1 passage from 1 engagement');
  await expect(single).toContainText('Single voice');
  await expect(single).toContainText('rests on one engagement');
  await expect(themeSection(page, 'Transitions').getByRole('article').locator('h4')).toHaveText(['Protection stops at 18 for young people who are still being exploited', SINGLE_TITLE]);

  await page.reload();
  await expect(page.getByText('11 findings under 8 themes; 2 rest on a single voice.')).toBeVisible();
  await expect(finding(page, HEALTH_TITLE)).toContainText('2 passages from 2 engagements');
  await expect(finding(page, SINGLE_TITLE)).toContainText('Single voice');
});

test('findings: move to another theme, reorder, edit the evidence, delete with undo, and it all survives a reload', async ({ page }) => {
  await openSampleAnalysis(page);
  await openView(page, 'Findings');
  const health = 'Health settings sit outside the exploitation pathway';
  const trusted = 'Trusted relationships are the partnership’s greatest strength';
  const overloaded = 'MACE is overloaded and the strategies above it are not joined up';
  const multiAgency = themeSection(page, 'Multi-agency working and governance').getByRole('article').locator('h4');
  await expect(multiAgency).toHaveText([trusted, overloaded]);

  // Edit: move the health finding to multi-agency working (it goes last there) and drop a passage.
  const moved = finding(page, health);
  await moved.getByRole('button', { name: `Edit finding ‘${health}’` }).click();
  await expect(moved.getByLabel('Title')).toBeFocused();
  await expect(moved).toContainText('5 passages from 3 engagements; heard from 2 agencies in 1 sector; 1 passage not attributed.');
  await moved.getByLabel('Theme').selectOption({ label: 'Multi-agency working and governance' });
  await expect(multiAgency).toHaveText([trusted, overloaded, health]);
  await expect(moved.getByLabel('Theme')).toBeFocused();
  await checkA11y(page, 'findings, editing one');
  await moved.getByRole('button', { name: /^Show all 49 coded passages/ }).click();
  await moved.getByRole('checkbox', { name: /^the teachable moment happens at 2am/ }).uncheck();
  await expect(moved).toContainText('4 passages from 3 engagements');
  await allSaved(page);
  await moved.getByRole('button', { name: `Done editing ‘${health}’` }).click();
  await expect(moved.getByRole('button', { name: `Edit finding ‘${health}’` })).toBeFocused();

  // Reorder within the theme: focus stays on the button that was pressed.
  await page.getByRole('button', { name: `Move finding ‘${health}’ up` }).click();
  await expect(multiAgency).toHaveText([trusted, health, overloaded]);
  await expect(page.getByRole('button', { name: `Move finding ‘${health}’ up` })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(multiAgency).toHaveText([health, trusted, overloaded]);
  // At the top it can only go down, so focus moves to that button of the same finding.
  await expect(page.getByRole('button', { name: `Move finding ‘${health}’ down` })).toBeFocused();

  // Delete a finding a recommendation cites, then undo.
  await page.getByRole('button', { name: `Delete finding ‘${trusted}’` }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Deleted the finding' })).toContainText('no longer cited by 1 recommendation');
  await expect(finding(page, trusted)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Findings' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Undone.')).toBeVisible();
  await expect(multiAgency).toHaveText([health, trusted, overloaded]);

  await page.reload();
  await expect(page.getByText('9 findings under 7 themes; 1 rests on a single voice.')).toBeVisible();
  await expect(multiAgency).toHaveText([health, trusted, overloaded]);
  await expect(finding(page, health)).toContainText('4 passages from 3 engagements');
});

test('a new review: plain empty states, and a finding added from scratch is flagged as having no evidence', async ({ page }) => {
  await openApp(page);
  await createReview(page, { title: 'Empty analysis', area: 'Northfold' });
  await openStage(page, 'Analyse');
  await openView(page, 'Evidence');
  await expect(page.getByText('No passages have been coded yet.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Code passages in the engagements’ notes' })).toHaveAttribute('href', /\/analyse\/code$/);
  await openView(page, 'Coverage map');
  await expect(page.getByText('There are no agencies in scope yet')).toBeVisible();
  await openView(page, 'Findings');
  await expect(page.getByText('No findings yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Add a finding' }).click();
  const form = page.getByRole('form', { name: 'Add a finding' });
  await form.getByRole('radio', { name: 'Barrier' }).check();
  await form.getByLabel('Title').fill('Nobody has asked the parents');
  await form.getByRole('button', { name: 'Add finding' }).click();
  const added = finding(page, 'Nobody has asked the parents');
  await expect(added).toBeFocused();
  await expect(added).toContainText('Barrier');
  await expect(added).toContainText('No passages cited yet.');
  await expect(added).toContainText('Single voice');
  await checkA11y(page, 'findings, one without evidence');
});
