/**
 * The command runner (renderer/src/app/commands.ts) as a keyboard user meets it: after a
 * removal focus lands on the list's heading, after Undo on the restored item; a refused
 * removal says why beside the same notice and leaves focus where it was.
 */
import { test, expect } from './fixtures.ts';
import { openApp } from './app.ts';
import { addAgency, addEngagement, backToTimetable, createReview, openStage } from './reviewPages.ts';

test('removing and restoring in Scope and Engage moves focus to the list, then to the restored item', async ({ page }) => {
  await openApp(page);
  await createReview(page, { title: 'Focus after commands', area: 'Westmarsh' });

  // A theme: removed, focus on the list's heading; Undo, focus on the theme's name.
  await page.getByRole('button', { name: 'Remove Gangs and group offending' }).click();
  await expect(page.getByText('Removed the theme “Gangs and group offending”.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Themes in scope' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Undone.')).toBeVisible();
  await expect(page.getByLabel('Theme name: Gangs and group offending')).toBeFocused();

  // Refused (it has sub-themes): the reason, under the command's title; focus stays put.
  const protectedTheme = page.getByRole('button', { name: 'Remove Vulnerability and exploitation' });
  await protectedTheme.click();
  await expect(page.getByRole('region', { name: 'Could not remove the theme' })).toContainText('has sub-themes; move or remove them first');
  await expect(protectedTheme).toBeFocused();

  // An agency, and a reviewer.
  await addAgency(page, 'Westmarsh Police', 'Police');
  await page.getByRole('button', { name: 'Remove Westmarsh Police' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Agencies in scope' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Name of agency: Westmarsh Police')).toBeFocused();

  await page.getByLabel('Name', { exact: true }).fill('Sam Okafor');
  await page.getByRole('button', { name: 'Add reviewer' }).click();
  await page.getByRole('button', { name: 'Remove Sam Okafor' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Review team' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Reviewer 1 name')).toBeFocused();
  await expect(page.getByLabel('Reviewer 1 name')).toHaveValue('Sam Okafor');

  // An engagement: the timetable's heading, then the restored engagement's link.
  await openStage(page, 'Engage');
  await addEngagement(page, { kind: 'Interview', date: '2026-03-03', title: 'Harbour sergeants', agencies: ['Westmarsh Police'] });
  await backToTimetable(page);
  await page.getByRole('button', { name: 'Delete Harbour sergeants' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Engagement timetable' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Harbour sergeants' })).toBeFocused();
});
