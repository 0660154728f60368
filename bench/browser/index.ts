/**
 * The Chromium half of `npm run bench`: the built renderer served on 127.0.0.1 by the
 * project's own static server, the generated L review imported through the UI, and the
 * five browser measures (import beside its floor, open, search as you type, typing into
 * a 20,000-word note, heap) as rows for the same table as the Node half. What a row
 * cannot honestly hold is logged instead, and a budget without its row reads
 * NOT MEASURED in browserVerdicts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { serialiseReviewFile } from '../../renderer/src/domain/reviewFile.ts';
import { generateReview, SCALES } from '../../test/generate/generateReview.ts';
import { createServer } from '../../scripts/serveStatic.mjs';
import type { Row } from '../node.ts';
import { summarise } from '../stats.ts';
import { ensureRendererBuild } from './build.ts';
import { ROWS } from './budgets.ts';
import { launchChromium } from './chromium.ts';
import { searchDebounceMs } from './keystrokes.ts';
import { withLongNotes } from './longNotes.ts';
import type { NotesSample } from './notesMeasure.ts';
import { importRecords, storeSpecs } from './records.ts';
import { notesRuns, workspaceRuns, type WorkspaceSamples } from './sessions.ts';

export { browserVerdicts } from './budgets.ts';

const NOTES_WORDS = 20_000;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const row = (name: string, samples: number[], floor?: { name: string; samples: number[] }): Row => ({
  name, ours: summarise(samples), ...(floor && { floor: summarise(floor.samples), floorName: floor.name }),
});
const median = (samples: number[]) => summarise(samples).median.toFixed(0);

function workspaceRows({ imports, floors, opens, heaps, search, edits }: WorkspaceSamples, debounceMs: number | undefined, log: (line: string) => void): Row[] {
  log(`  open, medians: HTML received ${median(opens.map((o) => o.responseEnd))} ms, scripts run (DOMContentLoaded) ${median(opens.map((o) => o.domContentLoaded))} ms, workspace usable (after unlock, from the list) ${median(opens.map((o) => o.usable))} ms, unlock ${median(opens.map((o) => o.unlock))} ms`);
  const slowest = search.results.map((ms, i) => [ms, search.texts[i]!] as const).sort((a, b) => b[0] - a[0]).slice(0, 8);
  log(`  search: ${search.keys} keys, ${search.results.length} with results of their own; slowest (with the debounce): ${slowest.map(([ms, text]) => `‘${text}’ ${ms.toFixed(0)}`).join(', ')} ms`);
  log(`  search: Event Timing saw ${search.slowEvents.length} events of 16 ms or more, the longest ${Math.max(0, ...search.slowEvents)} ms`);
  const rows = [row(ROWS.import, imports, { name: 'raw IndexedDB write', samples: floors }), row(ROWS.open, opens.map((o) => o.usable)), row(ROWS.unlock, opens.map((o) => o.unlock)), row(ROWS.edit, edits)];
  if (debounceMs === undefined) log('NOT MEASURED search less the debounce: ReviewSearch.tsx declares no DEBOUNCE_MS');
  else rows.push(row(ROWS.searchBeyond, search.results.map((ms) => ms - debounceMs)));
  rows.push(row(ROWS.searchWith, search.results), row(ROWS.searchEcho, search.echo), row(ROWS.heap, heaps));
  return rows;
}

function notesRows(notes: NotesSample[], log: (line: string) => void): Row[] {
  const rows: Row[] = [];
  const longest = notes.map((n) => n.longestTask);
  if (longest.every((ms): ms is number => ms !== undefined)) rows.push(row(ROWS.notesTask, longest));
  else log('NOT MEASURED longest task while typing: a trace did not show the page’s main thread');
  const longTasks = notes.flatMap((n) => n.longTasks);
  const frames = notes.flatMap((n) => n.frames).sort((a, b) => b.ms - a.ms);
  log(`  notes: the Long Tasks API saw ${longTasks.length} task(s) over 50 ms${longTasks.length ? ` (longest ${Math.max(...longTasks).toFixed(0)} ms)` : ''}; long animation frames ${frames.length}`);
  for (const frame of frames.slice(0, 3)) log(`    long frame ${frame.ms.toFixed(0)} ms (blocking ${frame.blockingMs.toFixed(0)}): ${frame.scripts.join('; ')}`);
  // Event Timing only reports events of 16 ms or more: with none, there is no number to give.
  const keyEvents = notes.map((n) => n.events.filter((e) => /^(key|beforeinput|input)/.test(e.name)).map((e) => e.ms));
  if (keyEvents.every((list) => list.length > 0)) rows.push(row(ROWS.notesEvent, keyEvents.map((list) => Math.max(...list))));
  else log('  notes: in some run no key event took 16 ms or more (Event Timing reports none shorter)');
  return rows;
}

export async function runBrowser(log: (line: string) => void): Promise<Row[]> {
  const debounceMs = searchDebounceMs(readFileSync(path.join(ROOT, 'renderer/src/features/search/ReviewSearch.tsx'), 'utf8'));
  const dist = await ensureRendererBuild(ROOT, log);
  const file = generateReview(SCALES.L);
  const long = withLongNotes(file, NOTES_WORDS);
  const temp = mkdtempSync(path.join(tmpdir(), 'local-review-bench-'));
  const paths = { l: path.join(temp, 'generated-L.review.json'), long: path.join(temp, 'generated-L-long-notes.review.json') };
  writeFileSync(paths.l, serialiseReviewFile(file));
  writeFileSync(paths.long, serialiseReviewFile(long.file));
  const review = { path: paths.l, title: file.review.title, id: file.review.id, json: JSON.stringify(importRecords(file)), stores: storeSpecs() };

  const server = await createServer({ root: dist, port: Number(process.env.BENCH_PORT ?? 0) });
  const origin = server.url.replace(/\/$/, '');
  const problems: string[] = [];
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    log(`Chromium ${browser.version()} on ${origin}, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)}; L review: ${file.engagements.length} engagements, ${(review.json.length / 1e6).toFixed(1)} MB of records`);
    const session = { browser, origin, problems, log };
    const workspace = await workspaceRuns(session, review);
    const notes = await notesRuns(session, { path: paths.long, title: file.review.title, id: file.review.id, engagementId: long.engagementId });
    return [...workspaceRows(workspace, debounceMs, log), ...notesRows(notes, log)];
  } finally {
    await browser?.close();
    await server.close();
    rmSync(temp, { recursive: true, force: true });
    if (problems.length) log(`PROBLEMS seen in the browser (the results above may not be sound):\n${problems.map((p) => `  ${p}`).join('\n')}`);
    else log('No request left 127.0.0.1, none failed, no page error.');
    log(`Load average at the end: ${loadavg()[0]!.toFixed(1)} (on a busy machine every browser measure is slower).`);
  }
}
