/**
 * The XL rows of the Chromium half (issue 12): the generated XL review (3,000
 * engagements) imported through the UI (timed, with its longest task), then the first
 * paint of every screen of the workspace and the first search, each with the longest
 * task it caused. Runs on its own with `npx tsx bench/browser/stagesMain.ts`, and from
 * `npm run bench` when the XL scale is asked for.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { serialiseReviewFile } from '../../renderer/src/domain/reviewFile.ts';
import { generateReview, SCALES } from '../../test/generate/generateReview.ts';
import { createServer } from '../../scripts/serveStatic.mjs';
import type { Row } from '../node.ts';
import { summarise } from '../stats.ts';
import { ensureRendererBuild } from './build.ts';
import { STAGE_ROWS } from './budgets.ts';
import { guardedContext, launchChromium } from './chromium.ts';
import { measureColdRead } from './coldRead.ts';
import { installLongTaskWatch, measureFirstSearch, measureStages, STAGE_SCREENS, takeLongTasks, type StageSample } from './stagesMeasure.ts';
import { passStartScreens } from './startScreens.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = Number(process.env.BENCH_STAGE_RUNS ?? 3);
/**
 * BENCH_STAGE_ONLY=import measures the XL import alone (its time and longest task), skipping
 * the screens; BENCH_STAGE_ONLY=cold measures the import and the first read after a reload.
 */
const IMPORT_ONLY = process.env.BENCH_STAGE_ONLY === 'import';
const COLD_ONLY = process.env.BENCH_STAGE_ONLY === 'cold';

/** Imports the file through the UI; returns the time from choosing it to the confirmation, and its longest task. */
async function importXl(page: Page, file: string, title: string): Promise<{ ms: number; longestTask: number }> {
  await page.evaluate(installLongTaskWatch);
  await page.evaluate((expected) => {
    (window as unknown as { __benchImport: Promise<number> }).__benchImport = new Promise<number>((resolve) => {
      document.addEventListener('change', (event) => {
        const chosenAt = event.timeStamp;
        void window.__bench.whenOnScreen(() => document.body.textContent!.includes(expected), document.body).then((at) => resolve(at - chosenAt));
      }, { capture: true, once: true });
    });
  }, `Imported “${title}”`);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import a review file' }).click()]);
  await chooser.setFiles(file);
  const ms = await page.evaluate(() => (window as unknown as { __benchImport: Promise<number> }).__benchImport);
  return { ms, longestTask: Math.max(0, ...(await takeLongTasks(page))) };
}

export async function runStagesBrowser(log: (line: string) => void): Promise<Row[]> {
  const dist = await ensureRendererBuild(ROOT, log);
  const file = generateReview(SCALES.XL);
  const temp = mkdtempSync(path.join(tmpdir(), 'local-review-stages-'));
  const filePath = path.join(temp, 'generated-XL.review.json');
  writeFileSync(filePath, serialiseReviewFile(file));
  const server = await createServer({ root: dist, port: Number(process.env.BENCH_PORT ?? 0) });
  const origin = server.url.replace(/\/$/, '');
  const problems: string[] = [];
  let browser: Browser | undefined;
  const imports: number[] = [];
  const importTasks: number[] = [];
  const stages: StageSample[][] = [];
  const searches: Array<{ ms: number; longestTask: number }> = [];
  const colds: Array<{ ms: number; floor: number; rows: number }> = [];
  try {
    browser = await launchChromium();
    log(`Chromium ${browser.version()}, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)}; XL review: ${file.engagements.length} engagements, ${file.excerpts.length} passages, ${file.findings.length} findings, ${file.actions.length} actions`);
    for (let run = 0; run < RUNS; run++) {
      const context = await guardedContext(browser, origin, problems);
      const page = await context.newPage();
      page.setDefaultTimeout(120_000);
      await page.goto(`${origin}/`);
      await passStartScreens(page);
      await page.getByText('There are no reviews on this computer yet').waitFor();
      const imported = await importXl(page, filePath, file.review.title);
      imports.push(imported.ms);
      importTasks.push(imported.longestTask);
      log(`  run ${run + 1}: import ${imported.ms.toFixed(0)} ms, longest task ${imported.longestTask.toFixed(0)} ms (load average ${loadavg()[0]!.toFixed(1)})`);
      if (IMPORT_ONLY) {
        await context.close();
        continue;
      }
      if (!COLD_ONLY) {
        const samples = await measureStages(page, file.review.id, log);
        stages.push(samples);
        searches.push(await measureFirstSearch(page, 'county lines'));
        log(`  run ${run + 1}: import ${imported.ms.toFixed(0)} ms (longest task ${imported.longestTask.toFixed(0)}); ${samples.map((s) => `${s.name} ${s.ms.toFixed(0)} (task ${s.longestTask.toFixed(0)})`).join(', ')}; first search ${searches.at(-1)!.ms.toFixed(0)} (task ${searches.at(-1)!.longestTask.toFixed(0)}) ms`);
      }
      colds.push(await measureColdRead(page, file.review.id));
      log(`  run ${run + 1}: after a reload, the Overview's first read of ${colds.at(-1)!.rows} rows ${colds.at(-1)!.ms.toFixed(0)} ms (floor ${colds.at(-1)!.floor.toFixed(0)} ms)`);
      await context.close();
    }
  } finally {
    await browser?.close();
    await server.close();
    rmSync(temp, { recursive: true, force: true });
    if (problems.length) log(`PROBLEMS seen in the browser:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  const row = (name: string, samples: number[]): Row => ({ name, ours: summarise(samples) });
  const afterImport = stages.flatMap((run) => run.map((s) => s.longestTask)).concat(searches.map((s) => s.longestTask));
  const importRows = [row(STAGE_ROWS.import, imports), row(STAGE_ROWS.importTask, importTasks)];
  if (IMPORT_ONLY) return importRows;
  const coldRow: Row = { ...row(STAGE_ROWS.coldRead, colds.map((c) => c.ms)), floorName: 'bare IndexedDB getAll and AES-GCM of the same rows', floor: summarise(colds.map((c) => c.floor)) };
  if (COLD_ONLY) return [...importRows, coldRow];
  return [
    ...importRows,
    ...STAGE_SCREENS.map((screen, i) => row(STAGE_ROWS.screen(screen.name), stages.map((run) => run[i]!.ms))),
    row(STAGE_ROWS.search, searches.map((s) => s.ms)),
    row(STAGE_ROWS.taskAfterImport, afterImport),
    coldRow,
  ];
}
