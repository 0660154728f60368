/**
 * Fit and finish: dates typed in the GOV.UK day/month/year boxes everywhere, errors beside
 * their cause with focus moved there, notes refused past their limit (and typing at the
 * limit still quick), and every stage of the sample review fitting a 1366-px window.
 */
import { cpus, loadavg } from 'node:os';
import type { Page } from '@playwright/test';
import { test, expect, checkA11y } from './fixtures.ts';
import { openApp } from './app.ts';
import { allSaved, backToTimetable, fillDate, notesField, openStage } from './reviewPages.ts';

async function openSample(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await openStage(page, 'Scope');
}

test('a date is typed in day, month and year boxes; an impossible one is refused beside its field', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openSample(page);

  // Scope: a date that does not exist is not saved, and says so beside the boxes once the reviewer leaves them.
  const start = page.getByRole('group', { name: 'Start date' });
  await fillDate(start, '2026-04-31');
  await expect(start.getByText('Start date must be a real date')).toHaveCount(0); // not while still typing
  await start.getByLabel('Year').press('Tab');
  await expect(start.getByText('Start date must be a real date')).toBeVisible();
  await expect(start.getByLabel('Day')).toHaveAttribute('aria-invalid', 'true');
  await checkA11y(page, 'scope with a date error');
  await fillDate(start, '2026-01-05');
  await start.getByLabel('Year').press('Tab');
  await expect(start.getByText('Start date must be a real date')).toHaveCount(0);
  await allSaved(page);

  // Engage: 30 February is refused on submit; the summary takes focus and links to the day box.
  await openStage(page, 'Engage');
  await page.getByRole('button', { name: 'Add an engagement' }).click();
  const form = page.getByRole('form', { name: 'Add an engagement' });
  await form.getByLabel('Title').fill('Bus station staff');
  const date = form.getByRole('group', { name: 'Date', exact: true });
  await expect(date.getByText('For example, 27 3 2026')).toBeVisible();
  await fillDate(date, '2026-02-30');
  await form.getByRole('button', { name: 'Add engagement' }).click();
  const summary = form.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toBeInViewport();
  await expect(date.getByText('Date of the engagement must be a real date')).toBeVisible();
  await checkA11y(page, 'engagement form with a date error');
  await summary.getByRole('link', { name: 'Date of the engagement must be a real date' }).click();
  await expect(date.getByLabel('Day')).toBeFocused();
  // The same mistake submitted again takes focus back to the summary.
  await form.getByRole('button', { name: 'Add engagement' }).click();
  await expect(summary).toBeFocused();

  await fillDate(date, '2026-03-02');
  await form.getByRole('button', { name: 'Add engagement' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Bus station staff' })).toBeVisible();
  await backToTimetable(page);
  await expect(page.getByRole('row').filter({ hasText: 'Bus station staff' })).toContainText('2 March 2026');
});

/** Runs in the page: times each key from keydown to the frame after it is painted. */
function timeKeys(): void {
  const times: number[] = [];
  document.addEventListener('keydown', () => {
    const start = performance.now();
    requestAnimationFrame(() => setTimeout(() => times.push(performance.now() - start), 0));
  }, true);
  (window as unknown as { keyTimes: number[] }).keyTimes = times;
}

/** The keys timed since the last call, sorted, and forgotten in the page. */
async function takeKeyTimes(page: Page): Promise<number[]> {
  const times = await page.evaluate(() => (window as unknown as { keyTimes: number[] }).keyTimes.splice(0));
  return times.sort((a, b) => a - b);
}
const p95 = (sorted: readonly number[]) => sorted[Math.ceil(sorted.length * 0.95) - 1]!;
const figures = (sorted: readonly number[]) => `${sorted.length} keys, median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, p95 ${p95(sorted).toFixed(1)} ms`;

/**
 * A plain textarea holding the same text, in the same place, with the app's editor hidden:
 * what the browser alone needs per key, so the app's own cost can be told from a busy
 * machine's (on a shared runner every figure can be many times its figure on a laptop).
 */
async function typeInPlainTextarea(page: Page, text: string): Promise<number[]> {
  await page.evaluate(() => {
    const editor = document.getElementById('engagement-notes') as HTMLTextAreaElement;
    const plain = document.createElement('textarea');
    plain.id = 'plain-textarea';
    plain.className = editor.className;
    plain.rows = editor.rows;
    plain.value = editor.value;
    editor.style.display = 'none';
    editor.after(plain);
    plain.focus();
    plain.setSelectionRange(plain.value.length, plain.value.length);
  });
  await takeKeyTimes(page);
  await page.keyboard.type(text, { delay: 100 });
  await page.waitForTimeout(500);
  const times = await takeKeyTimes(page);
  await page.evaluate(() => {
    document.getElementById('plain-textarea')!.remove();
    document.getElementById('engagement-notes')!.style.display = '';
  });
  return times;
}

const LIMIT = 200_000;

test('notes stop at 200,000 characters with a clear message, and typing at the limit stays quick', async ({ page, context }, testInfo) => {
  test.setTimeout(300_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openSample(page);
  await openStage(page, 'Engage');
  await page.getByRole('table', { name: /^Engagements, sorted by/ }).getByRole('link').first().click();
  const notes = notesField(page);
  await expect(notes).toBeFocused();

  // Grow the notes to 40 characters short of the limit, as a long paste would.
  const current = await notes.inputValue();
  const paragraph = `\n\n${'Youth workers said the weekly meeting helps, but referrals about county lines still wait weeks. '.repeat(4)}`;
  const filler = paragraph.repeat(Math.ceil(LIMIT / paragraph.length)).slice(0, LIMIT - 40 - current.length);
  await notes.fill(current + filler);
  await allSaved(page);
  await expect(page.getByText('You have 40 characters left')).toBeVisible();

  // Type past the limit: the keys that fit land, the rest are refused with the count.
  await page.evaluate(timeKeys);
  await notes.press('End');
  const typed = 'Referrals wait weeks when the form is long. Schools hear late.'; // 62 characters
  await page.keyboard.type(typed, { delay: 100 });
  await expect(notes).toHaveValue(current + filler + typed.slice(0, 40));
  await expect(page.getByText('You have reached the limit for these notes')).toBeVisible();
  const refusal = page.getByRole('alert').filter({ hasText: 'Notes can be up to 200,000 characters' });
  await expect(refusal).toContainText('That change would make them 200,001 characters, so it was not made.');
  await expect(notes).toBeFocused();

  const app = await takeKeyTimes(page);
  await expect(notes).toBeFocused();
  const plain = await typeInPlainTextarea(page, typed.slice(0, 30));
  const load = loadavg()[0]! / cpus().length;
  const report = `app ${figures(app)}; a plain textarea ${figures(plain)}; load ${load.toFixed(1)} per core`;
  testInfo.annotations.push({ type: 'typing at the notes limit', description: report });
  console.log(`typing at the notes limit: ${report}`);
  // The app's editor adds little to what the browser's own textarea needs...
  expect(p95(app)).toBeLessThan(p95(plain) * 1.5 + 20);
  // ...and on a machine that is not overloaded, every key lands within 50 ms.
  if (load < 1) expect(p95(app)).toBeLessThan(50);
  else console.log(`The 50 ms budget is not judged: the machine is overloaded (load ${load.toFixed(1)} per core), so only the comparison above is.`);
  await notes.focus();

  // Make room, then paste more than fits: the paste is refused whole, never cut short.
  await notes.press('End');
  await notes.press('Backspace');
  await page.evaluate(() => navigator.clipboard.writeText('A pasted paragraph that is far too long to fit.'));
  await notes.press('ControlOrMeta+V');
  await expect(refusal).toContainText('That change would make them 200,046 characters');
  await expect(notes).toHaveValue(current + filler + typed.slice(0, 39));
  await checkA11y(page, 'notes at their limit, a paste refused');

  // A key that fits clears the message; what was saved is exactly what the field shows.
  await page.keyboard.type('.');
  await expect(refusal).toHaveCount(0);
  await allSaved(page);
  await page.reload();
  await expect(notesField(page)).toHaveValue(current + filler + typed.slice(0, 39) + '.');
});

const STAGES = ['Scope', 'Engage', 'Analyse', 'Recommend', 'Report', 'Follow-up'] as const;
const ANALYSE_VIEWS = ['Evidence', 'Coverage map', 'Findings'] as const;

async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/**
 * Our own words that a squeezed table broke mid-word ("Pa/rti/ci/pa/nts", "D/el/et/e"):
 * every word of a column heading, a number cell and a button, with the line boxes it
 * spans when more than one. A reviewer's text (.app-user-text) may still break anywhere.
 */
async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const el of document.querySelectorAll('main thead th, main .govuk-table__cell--numeric, main .govuk-button')) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('.govuk-visually-hidden, .app-user-text')) continue;
        for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(`"${match[0]}" in "${el.textContent?.trim().slice(0, 40)}" over ${lines.size} lines`);
        }
      }
    }
    return broken;
  });
}

for (const size of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
  test(`every stage of the sample review fits a ${size.width}-px window`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    await openSample(page);
    for (const stage of STAGES) {
      await openStage(page, stage);
      await expect.poll(() => pageWidth(page), { message: `${stage} at ${size.width} px` }).toBeLessThanOrEqual(size.width);
      expect(await brokenWords(page), `${stage} at ${size.width} px`).toEqual([]);
      if (stage === 'Analyse') {
        for (const view of ANALYSE_VIEWS) {
          await page.getByRole('navigation', { name: 'Analyse views' }).getByRole('link', { name: view }).click();
          await expect(page.getByRole('navigation', { name: 'Analyse views' }).getByRole('link', { name: view })).toHaveAttribute('aria-current', 'page');
          await expect.poll(() => pageWidth(page), { message: `Analyse, ${view}, at ${size.width} px` }).toBeLessThanOrEqual(size.width);
          expect(await brokenWords(page), `Analyse, ${view}, at ${size.width} px`).toEqual([]);
        }
      }
    }
    // Follow-up's roll-ups keep their overall RAG rating in view.
    const table = page.getByRole('table', { name: 'Progress by owner agency' });
    await table.scrollIntoViewIfNeeded();
    const overall = table.getByRole('columnheader', { name: 'Overall' });
    await expect(overall).toBeInViewport();
    const box = (await overall.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(size.width);
    // Kept with the results, to look at: the roll-ups as they sit in this window.
    await page.screenshot({ path: testInfo.outputPath(`follow-up-${size.width}.png`) });
    // The page uses a wide screen: the content is wider than GOV.UK's 960 px reading width.
    const main = (await page.locator('.app-layout__main').boundingBox())!;
    expect(main.width).toBeGreaterThan(size.width >= 1920 ? 1200 : 900);
  });
}

test('the saved state stays in view while the reviewer types far down the page, without covering the field', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openSample(page);
  const field = page.getByLabel('Local definition of serious violence');
  await field.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Typed far down.');
  const status = page.getByTestId('save-status');
  await expect(status).toBeInViewport();
  await expect(status).toContainText('All changes saved');
  const statusBox = (await status.boundingBox())!;
  const fieldBox = (await field.boundingBox())!;
  expect(statusBox.y).toBeGreaterThanOrEqual(-1);
  expect(fieldBox.y).toBeGreaterThanOrEqual(statusBox.y + statusBox.height - 1);
});

test('a banner clears when the reviewer starts something new, and an add form’s refusal sits with its fields', async ({ page }) => {
  test.setTimeout(120_000);
  await openSample(page);
  // A refused add: the message sits in the form and focus goes to the field to put right.
  await page.getByRole('button', { name: 'Add reviewer' }).click();
  const addReviewer = page.getByRole('group', { name: 'Add a reviewer' });
  await expect(addReviewer.getByRole('alert')).toHaveText('Error: Enter the reviewer’s name');
  await expect(addReviewer.getByLabel('Name', { exact: true })).toBeFocused();

  // A removal's banner stays for its Undo until the next act: here, adding a theme.
  const addTheme = async (name: string) => {
    await page.getByLabel('Theme name', { exact: true }).fill(name);
    await page.getByRole('button', { name: 'Add theme' }).click();
    await expect(page.getByLabel(`Theme name: ${name}`)).toBeVisible();
  };
  await addTheme('Transport hubs');
  await page.getByRole('button', { name: 'Remove Transport hubs' }).click();
  const banner = page.getByText('Removed the theme “Transport hubs”.');
  await expect(banner).toBeVisible();
  await addTheme('Night-time economy');
  await expect(banner).toHaveCount(0);

  // Moving to another stage clears a banner too.
  await page.getByRole('button', { name: 'Remove Night-time economy' }).click();
  await expect(page.getByText('Removed the theme “Night-time economy”.')).toBeVisible();
  await openStage(page, 'Engage');
  await expect(page.getByText('Removed the theme “Night-time economy”.')).toHaveCount(0);
});
