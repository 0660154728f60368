/**
 * A partnership lead edits a framework drafted from two reviews (the Sallowmere sample and
 * a generated area): adds a priority and changes it, adds an activity under it and links
 * it to an area recommendation listed under another priority, follows "covered by" from
 * that recommendation back to the activity, reads the chain activity → recommendation →
 * findings → area on screen, changes the activity, and unlinks, removes the activity,
 * removes the priority and removes a framework issue, each with Undo. Only the keyboard
 * and labelled controls are used; the page stays axe clean.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serialiseReviewFile } from '../../renderer/src/domain/reviewFile.ts';
import { generatedArea } from '../helpers/frameworkReviews.ts';
import { openApp } from './app.ts';
import { checkA11y, expect, test } from './fixtures.ts';
import { allSaved, chooseFile } from './reviewPages.ts';

test('a lead adds, changes and removes priorities, activities, links and issues, with Undo', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await page.getByRole('banner').getByRole('link', { name: 'Frameworks' }).click();
  await page.getByRole('button', { name: 'New framework' }).click();
  await page.getByLabel('Title').fill('Corvinshire framework');
  await page.getByLabel('County or region').fill('Corvinshire');
  await page.getByLabel(/^Sallowmere Local Review/).check();
  const eastmoor = path.join(tmpdir(), `${process.pid}-edit-Eastmoor.review.json`);
  writeFileSync(eastmoor, serialiseReviewFile(generatedArea(1, 'Eastmoor')));
  await chooseFile(page, () => page.getByRole('button', { name: 'Add a review file' }).click(), eastmoor);
  await page.getByRole('button', { name: 'Create framework' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Corvinshire framework' })).toBeVisible({ timeout: 30_000 });

  const priorities = page.getByRole('heading', { level: 3, name: /^Priority \d+:/ });
  const before = await priorities.count();
  const k = before + 1;

  // Add a priority, then change its title.
  await page.getByText('Add a priority', { exact: true }).click();
  await page.locator('#priority-new-title').fill('Safer school journeys');
  await page.getByRole('button', { name: 'Add priority' }).click();
  await expect(page.getByRole('heading', { level: 3, name: `Priority ${k}: Safer school journeys` })).toBeVisible();
  await page.getByRole('button', { name: `Change priority ${k}` }).click();
  const title = page.getByLabel('Priority', { exact: true }).first();
  await title.fill('');
  await page.getByRole('button', { name: 'Save priority' }).click();
  await expect(page.getByText('Enter the priority')).toBeVisible();
  await expect(title).toBeFocused();
  await title.fill('Safer journeys to school');
  await page.getByRole('button', { name: 'Save priority' }).click();
  await expect(page.getByRole('heading', { level: 3, name: `Priority ${k}: Safer journeys to school` })).toBeVisible();

  // An activity under the new priority, which has no recommendations of its own.
  const form = page.locator('details', { hasText: `Add an activity to priority ${k}` });
  await form.getByText(`Add an activity to priority ${k}`, { exact: true }).click();
  await form.getByLabel('Activity', { exact: true }).fill('Safe routes with schools and transport');
  await form.getByLabel('Lead partner').selectOption({ label: 'Police' });
  await form.getByLabel('Measures').fill('Incidents on school routes');
  await form.getByRole('button', { name: 'Add activity' }).click();
  const activity = page.getByRole('heading', { level: 4, name: `Activity ${k}.1: Safe routes with schools and transport` });
  await expect(activity).toBeVisible();
  await expect(page.getByText('No area recommendations linked yet.')).toBeVisible();

  // Link it to a recommendation listed under priority 1 (another priority), using the keyboard.
  const under1 = page.getByRole('table', { name: 'Area recommendations under priority 1' }).getByRole('row').nth(1);
  const area = (await under1.getByRole('cell').nth(0).textContent())!;
  const number = (await under1.getByRole('cell').nth(1).textContent())!;
  const recTitle = (await under1.getByRole('cell').nth(2).textContent())!;
  const link = page.getByLabel(`Link activity ${k}.1 to an area recommendation`);
  await page.getByRole('button', { name: `Link to activity ${k}.1` }).click();
  await expect(page.getByText('Choose an area recommendation to link')).toBeVisible();
  await link.selectOption({ label: `${area} R${number}: ${recTitle}` });
  await link.press('Tab');
  await expect(page.getByRole('button', { name: `Link to activity ${k}.1` })).toBeFocused();
  await page.keyboard.press('Enter');
  const chain = page.getByRole('list', { name: 'Answers' }).filter({ hasText: recTitle });
  await expect(chain).toContainText(`${area}, recommendation ${number}: ${recTitle}`);
  await expect(page.getByRole('list', { name: `Findings behind ${area} recommendation ${number}` }).first()).toContainText(`(${area})`);
  await allSaved(page);

  // From the recommendation, "covered by" leads to the activity.
  const everyRow = page.getByRole('table', { name: /^Every area recommendation/ }).getByRole('row').filter({ hasText: recTitle }).filter({ has: page.getByRole('cell', { name: area, exact: true }) }).first();
  await everyRow.getByRole('button', { name: `${area} recommendation ${number} is covered by Activity ${k}.1` }).click();
  await expect(activity).toBeFocused();
  await checkA11y(page, 'framework page with an added priority, activity and link');

  // Change the activity.
  await page.getByRole('button', { name: `Change activity ${k}.1` }).click();
  await page.locator(`#${await activity.getAttribute('id')}`).locator('xpath=..').getByLabel('Measures').fill('Incidents on school routes, each term');
  await page.getByRole('button', { name: 'Save activity' }).click();
  await expect(page.getByText('measures: Incidents on school routes, each term')).toBeVisible();

  // Unlink, then Undo.
  await page.getByRole('button', { name: `Unlink ${area} recommendation ${number}` }).first().click();
  await expect(page.getByText(`Unlinked ${area} recommendation ${number} from activity ${k}.1.`)).toBeVisible();
  await expect(page.getByText('No area recommendations linked yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('No area recommendations linked yet.')).toHaveCount(0);
  await expect(everyRow.getByRole('button', { name: new RegExp(`Activity ${k}\\.1$`) })).toBeVisible();

  // Remove the activity, then Undo: back in its place, with its link.
  await page.getByRole('button', { name: `Remove activity ${k}.1` }).click();
  await expect(activity).toHaveCount(0);
  await expect(page.getByText(/^Removed activity .*Safe routes/)).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(activity).toBeFocused();
  await expect(everyRow.getByRole('button', { name: new RegExp(`Activity ${k}\\.1$`) })).toBeVisible();

  // Remove the priority with its activity, then Undo.
  await page.getByRole('button', { name: `Remove priority ${k}` }).click();
  await expect(priorities).toHaveCount(before);
  await expect(page.getByText(/and its activity\.$/)).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { level: 3, name: `Priority ${k}: Safer journeys to school` })).toBeFocused();
  await expect(activity).toBeVisible();

  // A framework issue: group two findings, rename it, remove it and Undo.
  // The first theme whose gaps are found in more than one place.
  const boxes = page.locator('.app-side-by-side').getByRole('checkbox');
  const themes = await page.locator('#side-theme option').allTextContents();
  for (const theme of themes) {
    await page.locator('#side-theme').selectOption({ label: theme });
    if ((await boxes.count()) >= 2) break;
  }
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByLabel('Framework issue title').fill('Exploitation hubs');
  await page.getByRole('button', { name: 'Group into a framework issue' }).click();
  const issues = page.getByRole('list', { name: 'Framework issues' });
  await expect(issues.getByRole('heading', { name: 'Exploitation hubs' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Findings in Exploitation hubs' }).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Rename Exploitation hubs' }).click();
  await page.getByLabel('Title of the framework issue').fill('One county exploitation hub');
  await page.getByRole('button', { name: 'Save issue' }).click();
  await expect(issues.getByRole('heading', { name: 'One county exploitation hub' })).toBeVisible();
  await page.getByRole('button', { name: 'Remove One county exploitation hub' }).click();
  await expect(page.getByText('Removed the framework issue “One county exploitation hub”.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'One county exploitation hub' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(issues.getByRole('heading', { name: 'One county exploitation hub' })).toBeFocused();
  await allSaved(page);
  await checkA11y(page, 'framework page after edits');

  // Autosaved: it is all still there after reopening the framework.
  await page.getByRole('link', { name: 'All frameworks' }).click();
  await page.getByRole('link', { name: 'Corvinshire framework' }).click();
  await expect(page.getByRole('heading', { level: 3, name: `Priority ${k}: Safer journeys to school` })).toBeVisible();
  await expect(page.getByText('measures: Incidents on school routes, each term')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'One county exploitation hub' })).toBeVisible();
});
