/**
 * A reviewer reads the coverage map of the sample review, browses its evidence by sector,
 * draws findings from ticked passages (seeing which rest on a single voice), reorders and
 * edits them, deletes one and undoes it, and finds it all after a reload.
 */
import type { Page } from '@playwright/test';
import { test, expect, checkA11y } from './fixtures.ts';
import { allSaved, openStage } from './reviewPages.ts';

const HEALTH_TITLE = 'Health is absent when young people are seen after violence';
const SINGLE_TITLE = 'Support stops at 18 for exploited young people';

async function openView(page: Page, view: 'Evidence' | 'Coverage map' | 'Findings'): Promise<void> {
  await page.getByRole('navigation', { name: 'Analyse views' }).getByRole('link', { name: view }).click();
  await expect(page.getByRole('heading', { level: 2, name: view })).toBeVisible();
}

const finding = (page: Page, title: string) => page.getByRole('article', { name: title });
const themeSection = (page: Page, theme: string) => page.getByRole('region', { name: theme });

test('coverage, evidence and findings of the sample review', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample review' }).click();
  await openStage(page, 'Analyse');

  // Coverage map: counts, an empty cell in words, totals.
  await openView(page, 'Coverage map');
  const map = page.getByRole('table', { name: /^Coded passages by theme and sector/ });
  await expect(map.getByRole('columnheader')).toHaveText(['Theme', 'Strategic partnership', 'Police', 'Community safety', 'Children’s social care', 'Education', 'Health',
    'Youth justice', 'Housing', 'Public health', 'Adult social care', 'Youth services', 'Voluntary and community sector', 'All sectors']);
  const transitions = map.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Transitions', exact: true }) });
  await expect(transitions.getByRole('cell')).toHaveText(['None', 'None', 'None', '2', 'None', 'None', '1', 'None', 'None', '2', 'None', 'None', '3']);
  await expect(map.getByRole('row').last().getByRole('cell').last()).toHaveText('49');
  await expect(page.getByRole('region', { name: /^Coded passages by theme and sector/ })).toBeVisible();
  await checkA11y(page, 'coverage map');

  // Evidence: narrow to one sector, tick two passages from two engagements, make a finding.
  await openView(page, 'Evidence');
  await expect(page.getByRole('status').filter({ hasText: 'passages' })).toHaveText('49 passages.');
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
  await expect(form.getByText('2 passages from 2 engagements, covering 2 agencies in 1 sector.')).toBeVisible();
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

  // A finding from a single passage is flagged as a single voice.
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

  // Reorder within its theme: the new finding came last; move it up.
  const transitionTitles = themeSection(page, 'Transitions').getByRole('article').locator('h4');
  await expect(transitionTitles).toHaveText(['Protection stops at 18 for young people who are still being exploited', SINGLE_TITLE]);
  await page.getByRole('button', { name: `Move finding ‘${SINGLE_TITLE}’ up` }).click();
  await expect(transitionTitles).toHaveText([SINGLE_TITLE, 'Protection stops at 18 for young people who are still being exploited']);
  // At the top it can only go down, so focus moves to that button of the same finding.
  await expect(page.getByRole('button', { name: `Move finding ‘${SINGLE_TITLE}’ down` })).toBeFocused();

  // Edit: a second voice from another engagement lifts the single-voice flag.
  await single.getByRole('button', { name: `Edit finding ‘${SINGLE_TITLE}’` }).click();
  await expect(single.getByLabel('Title')).toBeFocused();
  await single.getByRole('checkbox', { name: /^He’d finally trusted someone/ }).check();
  await expect(single).toContainText('2 passages from 2 engagements');
  await expect(single.getByText('Single voice')).toHaveCount(0);
  await allSaved(page);
  await checkA11y(page, 'findings, editing one');
  await single.getByRole('button', { name: `Done editing ‘${SINGLE_TITLE}’` }).click();
  await expect(single.getByRole('button', { name: `Edit finding ‘${SINGLE_TITLE}’` })).toBeFocused();

  // Delete a finding a recommendation cites, then undo.
  const trusted = 'Trusted relationships are the partnership’s greatest strength';
  await page.getByRole('button', { name: `Delete finding ‘${trusted}’` }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Deleted the finding' })).toContainText('no longer cited by 1 recommendation');
  await expect(finding(page, trusted)).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Undone.')).toBeVisible();
  await expect(finding(page, trusted)).toBeVisible();
  await checkA11y(page, 'findings');

  // Everything is still there after a reload.
  await page.reload();
  await expect(page.getByText('11 findings under 8 themes; 1 rests on a single voice.')).toBeVisible();
  await expect(transitionTitles).toHaveText([SINGLE_TITLE, 'Protection stops at 18 for young people who are still being exploited']);
  await expect(finding(page, HEALTH_TITLE)).toContainText('2 passages from 2 engagements');
  await expect(finding(page, trusted)).toBeVisible();
});
