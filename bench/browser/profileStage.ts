/**
 * A tool, not a measurement: CPU-profiles opening screens of the XL review and prints the
 * functions with the most self time. Build unminified first:
 * `npx vite build --minify false --outDir /tmp/dist-prof`, then
 * `PROFILE_DIST=/tmp/dist-prof PROFILE_SCREENS=,/analyse/findings npx tsx bench/browser/profileStage.ts`.
 * With PROFILE_COLD=1 each screen is opened after a reload and unlock (the first read of
 * every row), instead of from the snapshot the import left in memory.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serialiseReviewFile } from '../../renderer/src/domain/reviewFile.ts';
import { generateReview, SCALES } from '../../test/generate/generateReview.ts';
import { createServer } from '../../scripts/serveStatic.mjs';
import { guardedContext, launchChromium } from './chromium.ts';
import { passStartScreens } from './startScreens.ts';

const dist = process.env.PROFILE_DIST ?? '/tmp/dist-prof';
const screens = (process.env.PROFILE_SCREENS ?? ',/analyse/findings').split(',');
const file = generateReview(SCALES.XL);
const temp = mkdtempSync(path.join(tmpdir(), 'profile-'));
const filePath = path.join(temp, 'xl.review.json');
writeFileSync(filePath, serialiseReviewFile(file));
const server = await createServer({ root: dist, port: 0 });
const origin = server.url.replace(/\/$/, '');
const browser = await launchChromium();
const page = await (await guardedContext(browser, origin, [])).newPage();
page.setDefaultTimeout(300_000);
await page.goto(`${origin}/`);
await passStartScreens(page);
const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import a review file' }).click()]);
await chooser.setFiles(filePath);
await page.getByText(/^Imported “/).waitFor();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
for (const screen of screens) {
  await page.evaluate(() => { window.location.hash = '#/'; });
  if (process.env.PROFILE_COLD) {
    await page.reload();
    await passStartScreens(page);
  }
  await page.getByRole('heading', { level: 1, name: 'Reviews' }).waitFor();
  await cdp.send('Profiler.start');
  const started = Date.now();
  await page.evaluate((hash) => { window.location.hash = hash; }, `#/reviews/${file.review.id}${screen}`);
  await page.waitForFunction(() => ![...document.querySelectorAll('main p')].some((p) => /^Loading\b/.test(p.textContent ?? '')) && document.querySelector('h1')?.textContent !== 'Reviews');
  const ms = Date.now() - started;
  await page.waitForTimeout(1500);
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const n = byId.get(id)!;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  console.log(`\n${screen || '(overview)'}: shown after ${ms} ms`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${v.toFixed(0).padStart(6)} ms  ${k}`);
}
await browser.close();
await server.close();
