/**
 * The browser sessions the measures run in. Each workspace run has its own browser
 * context, so a fresh, empty IndexedDB: the review is imported through the UI (beside the
 * floor), opened a few times, searched once (building the index) and weighed; search
 * typing runs in the last of them. Each long-note run imports its own file in a context
 * of its own, untimed, then types into the note.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { QUERIES } from '../../test/generate/searchQueries.ts';
import { guardedContext } from './chromium.ts';
import { measureHeap } from './heapMeasure.ts';
import { measureImport } from './importMeasure.ts';
import { measureEdits } from './editMeasure.ts';
import { everyNth } from './keystrokes.ts';
import { measureNotes, type NotesSample } from './notesMeasure.ts';
import { measureOpen, type OpenSample } from './openMeasure.ts';
import type { StoreSpec } from './records.ts';
import { measureSearch, warmSearch, type SearchSamples } from './searchMeasure.ts';
import { passStartScreens } from './startScreens.ts';

const IMPORT_RUNS = 5;
const OPENS_PER_RUN = 3;
const NOTES_RUNS = 2;
/** Every second query of the 102: ~470 keys, about a minute of typing and waiting. */
const QUERY_STEP = 2;

export interface Session { browser: Browser; origin: string; problems: string[]; log: (line: string) => void }
export interface ReviewInput { path: string; title: string; id: string; json: string; stores: StoreSpec[] }

export interface WorkspaceSamples {
  imports: number[];
  floors: number[];
  opens: Omit<OpenSample, 'page'>[];
  heaps: number[];
  search: SearchSamples;
  /** A new row, from the click to the screen (the last run only). */
  edits: number[];
}

export async function workspaceRuns({ browser, origin, problems, log }: Session, review: ReviewInput): Promise<WorkspaceSamples> {
  const out: Omit<WorkspaceSamples, 'search'> & { search?: SearchSamples } = { imports: [], floors: [], opens: [], heaps: [], edits: [] };
  for (let run = 0; run < IMPORT_RUNS; run++) {
    const context = await guardedContext(browser, origin, problems);
    const importPage = await context.newPage();
    const sample = await measureImport(importPage, origin, review, run % 2 === 1);
    out.imports.push(sample.ours);
    out.floors.push(sample.floor);
    await importPage.close();
    let open: OpenSample | undefined;
    for (let i = 0; i < OPENS_PER_RUN; i++) {
      await open?.page.close();
      open = await measureOpen(context, origin, review.id);
      const { page: _page, ...times } = open;
      out.opens.push(times);
    }
    const page = open!.page;
    const warming = performance.now();
    await warmSearch(page, 'county');
    const firstResults = performance.now() - warming;
    const heap = await measureHeap(page);
    out.heaps.push(heap.total);
    const opens = out.opens.slice(-OPENS_PER_RUN).map((o) => o.usable.toFixed(0)).join(', ');
    log(`  run ${run + 1}: import ${sample.ours.toFixed(0)} ms (raw write ${sample.floor.toFixed(0)} ms), open ${opens} ms, first search (index build) ${firstResults.toFixed(0)} ms, heap ${heap.total.toFixed(1)} MB (window ${heap.main.toFixed(1)}, workers ${heap.workers.map((mb) => mb.toFixed(1)).join(' + ') || 'none'})`);
    if (run === IMPORT_RUNS - 1) {
      const queries = everyNth(QUERIES, QUERY_STEP);
      log(`  search: typing ${queries.length} queries key by key…`);
      out.search = await measureSearch(page, queries);
      log('  saved edits: adding themes on the Scope stage…');
      out.edits = await measureEdits(page, review.id);
    }
    await context.close();
  }
  return { ...out, search: out.search! };
}

/** Imports a file through the UI without timing it. */
async function importUntimed(context: BrowserContext, origin: string, file: string, title: string) {
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await passStartScreens(page);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import a review file' }).click()]);
  await chooser.setFiles(file);
  await page.getByText(`Imported “${title}”`).waitFor({ timeout: 60_000 });
  return page;
}

export async function notesRuns({ browser, origin, problems, log }: Session, review: { path: string; title: string; id: string; engagementId: string }): Promise<NotesSample[]> {
  const notes: NotesSample[] = [];
  for (let run = 0; run < NOTES_RUNS; run++) {
    const context = await guardedContext(browser, origin, problems);
    const page = await importUntimed(context, origin, review.path, review.title);
    const sample = await measureNotes(browser, page, origin, { reviewId: review.id, engagementId: review.engagementId });
    notes.push(sample);
    const top = sample.top[0];
    const where = top ? `${top.ms.toFixed(1)} ms (${top.inside.map((i) => `${i.name} ${i.ms.toFixed(1)}`).join(', ')})` : 'not measured (the trace did not show the page)';
    log(`  notes run ${run + 1}: longest task ${where}; long tasks ${sample.longTasks.length}, long frames ${sample.frames.length}, events ≥ 16 ms ${sample.events.length}`);
    await context.close();
  }
  return notes;
}
