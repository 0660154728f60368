/**
 * A large review file is read and checked in a worker (not on the page's thread) and saved
 * in slices, with a plain progress line in a live region. (The longest task of the XL
 * import is judged by the bench: bench/browser/stages.ts, BENCH_STAGE_ONLY=import.)
 */
import { test, expect, checkA11y } from './fixtures.ts';
import { openApp } from './app.ts';
import { importFile } from './reviewFilePages.ts';
import { generateReview } from '../generate/generateReview.ts';

test('importing a large file reads it in a worker and says how many items are saved', async ({ page }) => {
  test.setTimeout(180_000);
  const file = generateReview({ engagements: 60, wordsPerEngagement: 60, passagesPerEngagement: 10 });
  const total = file.agencies.length + file.themes.length + file.engagements.length + file.excerpts.length
    + file.findings.length + file.recommendations.length + file.actions.length + (file.networks?.length ?? 0);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await openApp(page);
  const status = page.getByRole('status').and(page.locator('.app-import-progress'));
  await expect(status).toHaveCount(1);
  // Every line the live region shows, in order.
  await page.evaluate(() => {
    const region = document.querySelector('.app-import-progress')!;
    const seen: string[] = [];
    (window as unknown as { progressLines: string[] }).progressLines = seen;
    new MutationObserver(() => {
      const text = region.textContent ?? '';
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(region, { childList: true, subtree: true, characterData: true });
  });
  await importFile(page, { name: 'large.review.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByText(`Imported “${file.review.title}”`)).toBeVisible({ timeout: 60_000 });
  await expect(status).toHaveText('');
  const lines = await page.evaluate(() => (window as unknown as { progressLines: string[] }).progressLines);
  expect(lines).toContain('Checking the file…');
  expect(lines).toContain(`Saving ${total.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} items…`);
  expect(lines.some((line) => /^Saving \d[\d,]* of /.test(line) && !line.startsWith(`Saving ${total.toLocaleString('en-GB')} `)), 'a line part way').toBe(true);
  expect(workers.some((url) => /worker/.test(url)), `a worker read the file (workers: ${workers.join(', ') || 'none'})`).toBe(true);
  await checkA11y(page, 'reviews, after a large import');
});
