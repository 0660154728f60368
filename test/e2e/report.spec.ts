/**
 * The Report stage builds both documents in a worker and saves them as downloads (the
 * browser host). The files are then opened by python-docx and openpyxl, programs nobody
 * here wrote. A generated 300-engagement review checks progress, Cancel and scale.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { serialiseReviewFile } from '../../renderer/src/domain/reviewFile.ts';
import { generateReview, SCALES } from '../generate/generateReview.ts';
import { checkA11y, expect, test } from './fixtures.ts';
import { openApp } from './app.ts';
import { chooseFile, openStage } from './reviewPages.ts';

/** Runs Python (Debian's, with python-docx and openpyxl) on a file; returns its stdout. */
function python(script: string, file: string): string {
  const run = spawnSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  return run.stdout;
}

async function create(page: Page, button: string): Promise<{ name: string; bytes: Buffer; file: string }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByRole('button', { name: button }).click()]);
  // Saved under its suggested name: openpyxl goes by the extension.
  const file = path.join(tmpdir(), `${process.pid}-${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return { name: download.suggestedFilename(), bytes: await readFile(file), file };
}

test('the sample review becomes a Word report and an Excel workbook that other programs read', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample review' }).click();
  await openStage(page, 'Report');
  await checkA11y(page, 'report stage');

  const word = await create(page, 'Create the Word report');
  expect(word.name).toMatch(/\.docx$/);
  await expect(page.getByText(`Saved the Word report as “${word.name}”.`)).toBeVisible();
  const paragraphs = python('import docx,sys\nd=docx.Document(sys.argv[1])\nprint(d.core_properties.title)\nprint("\\n".join(p.text for p in d.paragraphs))', word.file);
  expect(paragraphs).toContain('Sallowmere');

  const excel = await create(page, 'Create the Excel workbook');
  expect(excel.name).toMatch(/\.xlsx$/);
  const sheets = python('import openpyxl,sys\nprint("|".join(openpyxl.load_workbook(sys.argv[1]).sheetnames))', excel.file);
  expect(sheets).toContain('Action plan');
});

test('leaving sections and quotes out changes the report', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample review' }).click();
  await openStage(page, 'Report');
  await page.getByLabel('Appendices (who was engaged, glossary)').uncheck();
  await page.getByLabel('The review team').uncheck();
  await page.getByLabel('Include anonymised quotes').uncheck();
  await page.getByLabel('Version shown on the cover').fill('Final 1.0');
  const word = await create(page, 'Create the Word report');
  const text = python('import docx,sys\nd=docx.Document(sys.argv[1])\nprint("\\n".join(p.text for p in d.paragraphs))', word.file);
  expect(text).toContain('Final 1.0');
  expect(text).not.toMatch(/^Glossary$/m);
  expect(text).not.toMatch(/a practitioner (from|at)/i);
});

test('a 300-engagement review shows progress, can be cancelled, then builds both files', async ({ page }) => {
  test.setTimeout(180_000);
  const file = path.join(tmpdir(), `generated-L-${process.pid}.json`);
  writeFileSync(file, serialiseReviewFile(generateReview(SCALES.L)));
  await openApp(page);
  await chooseFile(page, () => page.getByRole('button', { name: 'Import a review file' }).click(), file);
  await expect(page.getByText('Imported “Generated review (300 engagements)”')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Generated review (300 engagements)' }).click();
  await openStage(page, 'Report');

  let downloads = 0;
  page.on('download', () => { downloads += 1; });
  await page.getByRole('button', { name: 'Create the Word report' }).click();
  await expect(page.getByRole('progressbar', { name: 'Creating the Word report' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Cancelled the Word report. Nothing was saved.')).toBeVisible();
  expect(downloads).toBe(0);

  const started = Date.now();
  const word = await create(page, 'Create the Word report');
  const wordMs = Date.now() - started;
  const excelStart = Date.now();
  const excel = await create(page, 'Create the Excel workbook');
  const excelMs = Date.now() - excelStart;
  console.log(`In-app build at L (300 engagements): Word ${wordMs} ms (${word.bytes.length} bytes), Excel ${excelMs} ms (${excel.bytes.length} bytes)`);
  expect(word.bytes.subarray(0, 2).toString()).toBe('PK');
  expect(excel.bytes.subarray(0, 2).toString()).toBe('PK');
  const findings = python('import openpyxl,sys\nprint(openpyxl.load_workbook(sys.argv[1], read_only=True)["Findings"].max_row)', excel.file);
  expect(Number(findings)).toBeGreaterThanOrEqual(751);
});
