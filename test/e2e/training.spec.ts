/**
 * Training, end to end: a facilitator runs a cohort of three participants, taking turns on
 * one laptop, through two modules and a scenario (one stops and resumes); the training
 * manager's Excel results are checked by openpyxl and the xAPI statements read back; the
 * standalone course page runs with no network request at all and its results file imports,
 * while a tampered or truncated copy is refused. axe runs on every kind of course screen.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openApp } from './app.ts';
import { checkA11y, expect, test } from './fixtures.ts';
import { chooseFile } from './reviewPages.ts';
import { addParticipant, saveDownload, startCohort, takeCourse } from './trainingPages.ts';

const OUT = path.resolve('test-results/training');
mkdirSync(OUT, { recursive: true });

function python(script: string, ...args: string[]): string {
  const run = spawnSync('/usr/bin/python3', ['-c', script, ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  return run.stdout;
}

const LANGUAGE = 'The language of county lines and exploitation';
const CONTEXTUAL = 'Contextual safeguarding and harm outside the home';

test('a facilitated cohort of three through two modules and a scenario; results to Excel and xAPI', async ({ page }) => {
  test.setTimeout(420_000);
  await openApp(page);
  const cohort = 'Workshop, 3 March';
  await startCohort(page, cohort, [LANGUAGE, CONTEXTUAL]);
  await checkA11y(page, 'training page');
  await expect(page.getByTestId('course-outline')).toContainText('6 modules, 22 questions and 8 scenarios');

  // A name-like code is refused beside the field, and nothing starts.
  const card = page.getByRole('region', { name: cohort, exact: true });
  await card.getByText(`Add a participant to ${cohort}`).click();
  await card.getByLabel('Participant code').fill('Jane Smith');
  await card.getByRole('button', { name: 'Start this participant' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter a participant code of 1 to 20 letters, digits or hyphens');
  await checkA11y(page, 'participant form with errors');

  // P-01 answers everything right; keyboard only for the first answer.
  await addParticipant(page, cohort, 'P-01', 'Education', 'Teacher');
  await expect(page.locator('legend')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  expect(await takeCourse(page, 'right', { a11y: true })).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { name: 'Passed' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Score per module' })).toContainText('4 of 4');
  const certificate = await saveDownload(page, () => page.getByRole('button', { name: 'Download certificate' }).click(), OUT);
  expect(certificate.name).toBe('certificate-P-01.docx');
  const words = python('import docx,sys\nprint("\\n".join(p.text for p in docx.Document(sys.argv[1]).paragraphs))', certificate.file);
  for (const expected of ['P-01', 'County lines and exploitation: a working knowledge', 'Version 1', 'Result: Passed']) expect(words).toContain(expected);
  writeFileSync(path.join(OUT, 'certificate.docx'), readFileSync(certificate.file));
  await page.getByRole('link', { name: 'Back to training' }).click();

  // P-02 always takes the first choice, and stops part-way, then resumes.
  await addParticipant(page, cohort, 'P-02', 'Police', 'Police constable');
  await takeCourse(page, 'first', { stopAfter: 6 });
  await page.getByRole('link', { name: 'Stop and resume later' }).click();
  await expect(page.getByRole('region', { name: cohort, exact: true })).toContainText('In progress');
  await page.getByRole('link', { name: 'Resume P-02' }).click();
  await takeCourse(page, 'first');
  await expect(page.getByRole('heading', { name: 'Not yet passed' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to training' }).click();

  // P-03's role starts like a formula: it must reach Excel as text.
  await addParticipant(page, cohort, 'P-03', 'Health', '=1+1 school nurse');
  await takeCourse(page, 'right', { preStrategy: 'right' });
  await page.getByRole('link', { name: 'Back to training' }).click();
  await expect(page.getByRole('region', { name: cohort, exact: true }).getByRole('row')).toHaveCount(4);

  await page.getByRole('link', { name: 'Results for training managers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Results for training managers' })).toBeVisible();
  await checkA11y(page, 'results for training managers');
  await expect(page.getByRole('table', { name: 'By sector' })).toContainText('Police');
  await expect(page.getByRole('table', { name: 'By cohort' })).toContainText(cohort);

  const excel = await saveDownload(page, () => page.getByRole('button', { name: 'Export to Excel' }).click(), OUT);
  const summary = JSON.parse(python(`
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
rows = [[c.value for c in r] for r in wb["Results"].iter_rows()]
head = rows[0]
body = rows[1:]
q = [[c.value for c in r] for r in wb["Questions"].iter_rows()]
nurse = [r for r in body if r[1] == "P-03"][0]
cell = wb["Results"].cell(row=[i for i, r in enumerate(rows) if r[1] == "P-03"][0] + 1, column=5)
print(json.dumps({"sheets": wb.sheetnames, "head": head, "rows": len(body), "pairs": sorted({(r[1], r[5]) for r in body}),
  "p01": [r[8] for r in body if r[1] == "P-01"], "role": nurse[4], "type": cell.data_type, "questions": len(q) - 1, "qhead": q[0]}))
`, excel.file)) as { sheets: string[]; head: string[]; rows: number; pairs: string[][]; p01: number[]; role: string; type: string; questions: number; qhead: string[] };
  expect(summary.sheets).toEqual(['Results', 'Questions', 'Scenario choices']);
  expect(summary.rows).toBe(6);
  expect(summary.pairs).toEqual(['P-01', 'P-02', 'P-03'].flatMap((code) => [[code, CONTEXTUAL], [code, LANGUAGE]]));
  expect(summary.p01).toEqual([100, 100]);
  expect(summary.role).toBe("'=1+1 school nurse");
  expect(summary.type).toBe('s');
  expect(summary.questions).toBe(8);
  expect(summary.qhead).toEqual(['Item', 'Module', 'Kind', 'Question or scenario', 'Answered', 'Right', 'Missed']);

  const xapi = await saveDownload(page, () => page.getByRole('button', { name: 'Export xAPI statements' }).click(), OUT);
  const statements = JSON.parse(readFileSync(xapi.file, 'utf8')) as Array<{ actor: { account: { name: string } }; verb: { display: Record<string, string> } }>;
  expect(new Set(statements.map((s) => s.actor.account.name))).toEqual(new Set(['P-01', 'P-02', 'P-03']));
  expect(statements.filter((s) => s.verb.display['en-GB'] === 'passed').map((s) => s.actor.account.name).sort()).toEqual(['P-01', 'P-03']);
});

test('the standalone course page runs with no network request and its results file imports', async ({ page, context }) => {
  test.setTimeout(300_000);
  await openApp(page);
  const cohort = 'Remote session';
  await startCohort(page, cohort, [LANGUAGE]);
  const exported = await saveDownload(page, () => page.getByRole('button', { name: `Export web page for ${cohort}` }).click(), OUT);
  expect(exported.name).toBe('county-lines-working-knowledge-v1-cohort.html');
  const html = readFileSync(exported.file, 'utf8');

  // A page of its own, loaded from the file's text: any request it made would be recorded here.
  const standalone = await context.newPage();
  const requests: string[] = [];
  standalone.on('request', (request) => requests.push(request.url()));
  await standalone.setContent(html);
  await expect(standalone.getByRole('heading', { level: 1, name: 'County lines and exploitation: a working knowledge' })).toBeVisible();
  await checkA11y(standalone, 'standalone page: start');
  await standalone.getByRole('button', { name: 'Start the course' }).click();
  await expect(standalone.getByRole('alert')).toContainText('Enter a participant code');
  await standalone.getByLabel('Participant code').fill('R-01');
  await standalone.getByLabel('Sector').selectOption({ label: 'Youth justice' });
  await standalone.getByLabel('Role').fill('Case manager');
  await standalone.getByRole('button', { name: 'Start the course' }).click();
  const intros: string[] = [];
  await takeCourse(standalone, 'right', { a11y: true, intros });
  // The cohort's one module: its teaching text and glossary terms come before its questions, as in the app.
  expect(intros).toHaveLength(1);
  expect(intros[0]).toContain('Young people and the groups that exploit them use their own');
  expect(intros[0]).toContain('Words and abbreviations');
  expect(intros[0]).toContain('NRM');
  const results = await saveDownload(standalone, () => standalone.getByRole('link', { name: 'Save your results file' }).click(), OUT);
  expect(results.name).toBe('training-results-R-01.json');
  expect(requests.filter((url) => !url.startsWith('data:'))).toEqual([]);
  await standalone.close();

  await page.getByRole('link', { name: 'Results for training managers' }).click();
  const text = readFileSync(results.file, 'utf8');
  const importFile = (name: string, body: string) => chooseFile(page, () => page.getByRole('button', { name: 'Import a results file' }).click(), { name, mimeType: 'application/json', buffer: Buffer.from(body) });

  // Changed or cut short: refused beside the button, nothing imported.
  await importFile('tampered.json', text.replace('"Case manager"', '"Case worker"'));
  await expect(page.getByRole('alert')).toContainText('has been changed since it was saved');
  await checkA11y(page, 'results import refused');
  await importFile('truncated.json', text.slice(0, Math.floor(text.length / 2)));
  await expect(page.getByRole('alert')).toContainText('incomplete or damaged');
  await expect(page.getByText('0 participants, 0 finished.')).toBeVisible();

  await importFile('results.json', text);
  await expect(page.getByText('Imported 1 attempt.')).toBeVisible();
  await expect(page.getByText('1 participant, 1 finished.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'By sector' })).toContainText('Youth justice');
  await importFile('results.json', text);
  await expect(page.getByText('Imported 0 attempts; 1 attempt already here and unchanged.')).toBeVisible();

  await page.getByRole('link', { name: 'Back to training' }).click();
  await expect(page.getByRole('region', { name: cohort, exact: true })).toContainText('R-01');
  await expect(page.getByRole('region', { name: cohort, exact: true })).toContainText('Finished: 100%, passed');
});
