/**
 * Peer networks (issue 15): a small network imported through the template, its figures,
 * the "at least two connections" filter, the PNG export, the table view (axe) and the
 * Peer networks section of the Word report, read back by python-docx.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkA11y, expect, test } from './fixtures.ts';
import { openApp } from './app.ts';
import { openStage } from './reviewPages.ts';

// People A–D: I1 joins A and B; S1 joins A and C (never at the same time); S2 joins B, C, D.
// "Jordan Smith" looks like a name and is confirmed as a pseudonym on import.
const FILES = {
  'people.csv': '\uFEFFid,label,group\r\nA,Jordan Smith,\r\nB,YP-B,\r\nC,YP-C,\r\nD,YP-D,\r\n',
  'incidents.csv': 'id,label,kind,date\nI1,Incident 1,stabbing,2026-01-05\nI2,Incident 2,kidnap,\n',
  'institutions.csv': 'id,label,kind\nS1,School 1,school\nS2,PRU 1,pru\n',
  'links.csv': 'person,target,role,from,to\nA,I1,victim,,\nB,I1,perpetrator,,\nC,I2,witness,,\nA,S1,,2020-01-01,2020-12-31\nC,S1,,2021-01-01,\nB,S2,,,\nC,S2,,,\nD,S2,,,\n',
};

const files = (contents: Record<string, string>) => Object.entries(contents).map(([name, text]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) }));

test('a network imported through the template gives its figures, filters, exports and reaches the Word report', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample review' }).click();
  await openStage(page, 'Peer networks');

  await page.getByLabel('Title').fill('YOT cohort');
  await page.getByLabel('Source note').fill('YOT caseload');
  await page.getByRole('button', { name: 'Add the network' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'YOT cohort' })).toBeVisible();

  // A bad file changes nothing and names the file, line and column.
  const upload = page.getByLabel('Import from the template');
  await upload.setInputFiles(files({ ...FILES, 'links.csv': 'person,target,role,from,to\nA,X9,victim,,\n' }));
  await expect(page.locator('.govuk-error-summary')).toContainText('links.csv, line 2, column 2 (target): no incident or institution has the id "X9"');
  await expect(page.getByTestId('figure-People')).toHaveText('0');

  // A name-like label is refused until the reviewer confirms it.
  await upload.setInputFiles(files(FILES));
  await expect(page.locator('.govuk-error-summary')).toContainText('looks like a person’s name');
  await page.getByLabel(/“Jordan Smith” \(people\.csv, line 2\) is not a person’s name/).check();
  await page.getByRole('button', { name: 'Import with these labels' }).click();
  await expect(page.getByText('Imported 4 people, 2 incidents, 2 institutions and 8 links.')).toBeVisible();

  await expect(page.getByTestId('figure-People connected to at least two others')).toHaveText('4');
  await expect(page.getByTestId('figure-Incidents with at least two people')).toHaveText('1');
  await expect(page.getByTestId('figure-Institutions with at least two people')).toHaveText('2');
  await expect(page.getByTestId('figure-Share with at least two connections')).toHaveText('75%');
  const map = page.getByRole('img', { name: /^Network map of YOT cohort/ });
  await expect(map).toHaveAttribute('aria-label', /8 of 8 people, incidents and institutions shown/);

  await page.getByRole('checkbox', { name: 'Only what has at least two connections' }).check();
  await expect(map).toHaveAttribute('aria-label', /6 of 8 people, incidents and institutions shown/);
  await page.getByRole('checkbox', { name: 'Link people through an institution only when they attended at the same time' }).check();
  await expect(page.getByTestId('figure-People connected to at least two others')).toHaveText('3');
  await expect(map).toHaveAttribute('aria-label', /4 of 8/);
  await page.getByRole('checkbox', { name: 'Link people through an institution only when they attended at the same time' }).uncheck();
  // The map takes focus, for its keys (how they work is told beside it), and stays clean.
  await map.focus();
  await expect(map).toBeFocused();
  await expect(map).toHaveAccessibleDescription(/arrow keys/);
  await page.keyboard.press('+');
  await checkA11y(page, 'peer network map');

  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the map as PNG' }).click()]);
  expect(png.suggestedFilename()).toBe('YOT cohort map.png');
  const pngBytes = await readFile((await png.path())!);
  expect([...pngBytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);

  await page.getByRole('radio', { name: 'Table' }).check();
  const table = page.getByRole('table', { name: /Every person, incident and institution shown/ });
  await expect(table.getByRole('row')).toHaveCount(7);
  await table.getByRole('button', { name: /^Label/ }).click();
  await expect(table.getByRole('row').nth(1).getByRole('rowheader')).toHaveText('Incident 1');
  await checkA11y(page, 'peer network table');

  await openStage(page, 'Report');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByRole('button', { name: 'Create the Word report' }).click()]);
  const file = path.join(tmpdir(), `${process.pid}-${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  const script = 'import docx,sys\nd=docx.Document(sys.argv[1])\nprint("\\n".join(p.style.name+"|"+p.text for p in d.paragraphs))\nprint("IMAGES", len(d.inline_shapes))';
  const run = spawnSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toMatch(/^Heading 1\|Peer networks$/m);
  expect(run.stdout).toMatch(/^Heading 2\|YOT cohort$/m);
  expect(run.stdout).toContain('4 people are connected to at least two others');
  expect(Number(/IMAGES (\d+)/.exec(run.stdout)![1])).toBeGreaterThanOrEqual(1);
});
