/**
 * A partnership lead builds a strategic framework from three reviews: the Sallowmere
 * sample (on this computer) and two generated areas added as review files (read, never
 * imported or changed). They refuse a review added twice, read the themes × areas
 * matrix, map a priority to a national framework heading, add an activity that answers
 * area recommendations, see it covered by that activity, write contents that autosave,
 * and export the Word framework, the workbook and the framework file. python-docx and
 * openpyxl then find every area, every high-priority recommendation beside its area,
 * the matrix with one column per area and the marking in every header; the framework
 * file imports back as a copy; deleting it offers Undo.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { FrameworkIndex, parseFrameworkFileText } from '../../renderer/src/domain/framework/index.ts';
import { serialiseReviewFile } from '../../renderer/src/domain/reviewFile.ts';
import { generatedArea } from '../helpers/frameworkReviews.ts';
import { openApp } from './app.ts';
import { checkA11y, expect, test } from './fixtures.ts';
import { allSaved, chooseFile } from './reviewPages.ts';

const CHECKER = path.join(import.meta.dirname, '../export/check_framework.py');
const areaFile = (n: number, area: string) => {
  const file = path.join(tmpdir(), `${process.pid}-${area}.review.json`);
  writeFileSync(file, serialiseReviewFile(generatedArea(n, area)));
  return file;
};

async function download(page: Page, button: string): Promise<{ file: string; bytes: Buffer }> {
  const [saved] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: button, exact: true }).click()]);
  const file = path.join(tmpdir(), `${process.pid}-${Date.now()}-${saved.suggestedFilename()}`);
  await saved.saveAs(file);
  return { file, bytes: await readFile(file) };
}

test('a framework from three reviews: roll-up, activities, exports read by python-docx and openpyxl', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

  await page.getByRole('banner').getByRole('link', { name: 'Frameworks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Frameworks' })).toBeVisible();
  await page.getByRole('button', { name: 'New framework' }).click();
  await page.getByLabel('Title').fill('Corvinshire serious violence framework');
  await page.getByLabel('County or region').fill('Corvinshire');
  await page.getByLabel(/^Sallowmere Local Review/).check();
  const eastmoor = areaFile(1, 'Eastmoor');
  await chooseFile(page, () => page.getByRole('button', { name: 'Add a review file' }).click(), eastmoor);
  await chooseFile(page, () => page.getByRole('button', { name: 'Add a review file' }).click(), areaFile(2, 'Harrowfield'));
  // The same file again is refused beside the list, and nothing is added.
  await chooseFile(page, () => page.getByRole('button', { name: 'Add a review file' }).click(), eastmoor);
  await expect(page.getByRole('alert')).toContainText('The review “Eastmoor Local Review” is already included');
  await expect(page.getByRole('list', { name: 'Review files added' }).getByRole('listitem')).toHaveCount(2);
  await checkA11y(page, 'new framework form');
  await page.getByRole('button', { name: 'Create framework' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Corvinshire serious violence framework' })).toBeVisible({ timeout: 30_000 });
  const matrix = page.getByRole('table', { name: /Themes by area/ });
  await expect(matrix.getByRole('columnheader')).toHaveText(['Theme', 'Sallowmere', 'Eastmoor', 'Harrowfield']);
  await expect(matrix.getByRole('row', { name: /^Transitions/ })).toContainText('Not a theme of this review');
  await checkA11y(page, 'framework page');

  // Priority 1: map to a national framework heading, then add an activity answering its first two recommendations.
  await page.getByLabel('National framework heading').first().selectOption({ label: 'Understanding the threat from gangs, violence and vulnerability' });
  await page.getByRole('button', { name: 'Map to heading' }).first().click();
  await expect(page.getByText('VVU framework: Understanding the threat from gangs, violence and vulnerability').first()).toBeVisible();
  // The first priority with area recommendations under it gets an activity answering two of them.
  const caption = await page.getByRole('table', { name: /^Area recommendations under priority \d+$/ }).first().locator('caption').textContent();
  const n = /priority (\d+)/.exec(caption ?? '')![1]!;
  const form = page.locator('details', { hasText: `Add an activity to priority ${n}` });
  await form.getByText(`Add an activity to priority ${n}`, { exact: true }).click();
  await form.getByLabel('Activity', { exact: true }).fill('One county exploitation hub');
  await form.getByLabel('Lead partner').selectOption({ label: 'Police' });
  await form.getByLabel('Measures').fill('Referrals seen within 5 days');
  const answers = form.getByRole('group', { name: 'Area recommendations it answers' }).getByRole('checkbox');
  await answers.nth(0).check();
  await answers.nth(1).check();
  await form.getByRole('button', { name: 'Add activity' }).click();
  await expect(page.getByRole('list', { name: `Activities of priority ${n}` })).toContainText(`Activity ${n}.1: One county exploitation hub`);
  await expect(page.getByRole('table', { name: `Area recommendations under priority ${n}` }).getByRole('row').nth(1)).toContainText(`Activity ${n}.1`);

  await page.getByLabel('Governance and accountability').fill('The Corvinshire Community Safety Partnership board owns this framework and reviews it every quarter.');
  await page.getByLabel('Shared principles').fill('Children first\nShare information by default');
  await page.getByLabel('Definition of serious violence').fill('Violence in public places causing or risking serious injury.');
  await page.getByLabel('Monitoring and review cycle').fill('Quarterly to the board; refreshed each year with the strategic needs assessment.');
  await page.getByLabel('Monitoring and review cycle').blur();
  await allSaved(page);

  const frameworkFile = await download(page, 'Framework file');
  const file = parseFrameworkFileText(frameworkFile.bytes);
  expect(file.framework.governance).toContain('board owns this framework');
  const index = new FrameworkIndex(file);
  const expectations = {
    title: file.framework.title,
    marking: 'OFFICIAL-SENSITIVE',
    areas: ['Sallowmere', 'Eastmoor', 'Harrowfield'],
    high: file.priorities.flatMap((p) => p.recommendations.map((ref) => [index.reviewById.get(ref.reviewId)!.area, index.recommendation(ref)!.title])),
    headings: ['Foreword', 'Partnership and governance', 'Definition of serious violence', 'The evidence across the areas', 'Priorities and activities', 'Action plan', 'Monitoring and review', 'Appendix A: Source reviews and traceability'],
    absent: ['Claire Ashdown', 'Daniel Whitlock'],
  };
  const json = path.join(tmpdir(), `${process.pid}-framework-expect.json`);
  writeFileSync(json, JSON.stringify(expectations));
  for (const [button, kind] of [['Word framework', 'docx'], ['Excel workbook', 'xlsx']] as const) {
    const { file: saved } = await download(page, button);
    const run = spawnSync('/usr/bin/python3', [CHECKER, kind, saved, json], { encoding: 'utf8' });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
  }

  // Import the framework file back: it arrives as a copy beside the original; delete the copy with Undo.
  await page.getByRole('link', { name: 'All frameworks' }).click();
  await chooseFile(page, () => page.getByRole('button', { name: 'Import a framework file' }).click(), frameworkFile.file);
  await expect(page.getByText(/Imported “Corvinshire serious violence framework” as a copy/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Corvinshire serious violence framework' })).toHaveCount(2);
  await page.getByRole('button', { name: 'Delete Corvinshire serious violence framework' }).first().click();
  await expect(page.getByRole('link', { name: 'Corvinshire serious violence framework' })).toHaveCount(1, { timeout: 20_000 });
  await page.getByRole('button', { name: 'Undo' }).click();
  // A loaded machine can take a while over the restore and the live list's re-read.
  await expect(page.getByRole('link', { name: 'Corvinshire serious violence framework' })).toHaveCount(2, { timeout: 20_000 });
  await checkA11y(page, 'frameworks list');
});
