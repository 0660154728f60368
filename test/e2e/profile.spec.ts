/**
 * Issue 10's proof that nothing of a review leaks into the browser profile. Chromium runs
 * with a persistent profile in a temporary folder: a passphrase is set, a review file is
 * imported, notes are typed, and the browser closes. Then every file of the profile is
 * scanned (raw, LevelDB tables decompressed, logs reassembled; UTF-8 and UTF-16LE) for
 * phrases from the notes, a quote, the reviewers' names and the title: none may be found.
 * A phrase the test itself stores unencrypted must be found, so the scan is shown to see
 * what it should. Reopening the profile then needs the passphrase, and everything is there.
 *
 * The phrases are made up here, never in the app's bundle (which the HTTP cache and code
 * cache hold): the sample review's own words would be found there.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_PATH, QUIET_CHROMIUM_ARGS } from '../helpers/chromium.ts';
import { scanProfile } from '../helpers/profileScan.ts';
import { ALLOWED_CONSOLE_ERRORS, expect, isAllowedRequestUrl, test } from './fixtures.ts';
import { lockButton, openApp, TEST_PASSPHRASE, unlockHeading, unlockWith } from './app.ts';
import { allSaved, chooseFile, notesField } from './reviewPages.ts';

const SAMPLE = new URL('../../templates/samples/sallowmere.review.json', import.meta.url);
const TITLE = 'Review of Quorlton Fenwick Vale';
const REVIEWERS = ['Ottoline Brackenfield', 'Peregrine Stolwarth'];
const QUOTE_WORDS = 'zephyrine marmalade crates by the Hollowfenn weir';
const TYPED = 'Pellucid tramlines near the Vexbury depot, said the outreach lead.';
const CONTROL = 'Control phrase kept unencrypted by the test: Wrenfold quinces';

interface Sample {
  review: { id: string; title: string; reviewers: Array<{ name: string }> };
  engagements: Array<{ id: string; notes: string }>;
  excerpts: Array<{ engagementId: string; start: number; end: number; text: string; isQuote: boolean }>;
}

/** The sample review with made-up phrases: a new title and reviewers, and a quote reworded in place (same length, so passages stay anchored). */
function reviewFileWithPhrases(): { json: string; reviewId: string; engagementId: string; quote: string } {
  const file = JSON.parse(readFileSync(SAMPLE, 'utf8')) as Sample;
  file.review.title = TITLE;
  file.review.reviewers.forEach((reviewer, i) => { reviewer.name = REVIEWERS[i]!; });
  const excerpt = file.excerpts.find((x) => x.isQuote && x.text.length >= QUOTE_WORDS.length)!;
  const quote = `${QUOTE_WORDS} ${'and so on '.repeat(10)}`.slice(0, excerpt.text.length);
  const engagement = file.engagements.find((e) => e.id === excerpt.engagementId)!;
  engagement.notes = engagement.notes.slice(0, excerpt.start) + quote + engagement.notes.slice(excerpt.end);
  excerpt.text = quote;
  return { json: JSON.stringify(file), reviewId: file.review.id, engagementId: engagement.id, quote };
}

/** The fixtures' network guard, for a context the fixtures do not see: records, blocks and reports. */
function guard(context: BrowserContext, origin: string): { offHost: string[]; errors: string[] } {
  const seen = { offHost: [] as string[], errors: [] as string[] };
  context.on('request', (request) => { if (!isAllowedRequestUrl(request.url(), origin)) seen.offHost.push(request.url()); });
  context.on('console', (message) => {
    const { url, lineNumber } = message.location();
    const text = `console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`;
    if (message.type() === 'error' && !ALLOWED_CONSOLE_ERRORS.some((pattern) => pattern.test(text))) seen.errors.push(text);
  });
  context.on('weberror', (error) => seen.errors.push(error.error().message));
  void context.route((url) => !isAllowedRequestUrl(url.href, origin), (route) => route.abort('blockedbyclient'));
  return seen;
}

async function launch(profile: string, baseURL: string): Promise<{ context: BrowserContext; page: Page; seen: ReturnType<typeof guard> }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: [...QUIET_CHROMIUM_ARGS],
    baseURL,
  });
  const seen = guard(context, new URL(baseURL).origin);
  const page = context.pages()[0] ?? await context.newPage();
  return { context, page, seen };
}

test('nothing typed or imported can be read from the browser profile, and reopening needs the passphrase', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const work = mkdtempSync(path.join(tmpdir(), 'local-review-profile-'));
  const profile = path.join(work, 'profile');
  try {
    const { json, reviewId, engagementId, quote } = reviewFileWithPhrases();
    const reviewFile = path.join(work, 'quorlton.review.json'); // outside the profile
    writeFileSync(reviewFile, json);
    const engageUrl = `/#/reviews/${reviewId}/engage/${engagementId}`;

    // First run: passphrase, import, type notes, close.
    let { context, page, seen } = await launch(profile, baseURL!);
    await openApp(page, '/', { autoUnlock: false });
    await chooseFile(page, () => page.getByRole('button', { name: 'Import a review file' }).click(), reviewFile);
    await expect(page.getByText(`Imported “${TITLE}”`)).toBeVisible();
    await openApp(page, engageUrl, { autoUnlock: false });
    await expect(notesField(page)).toBeFocused();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(`\n${TYPED}`);
    await allSaved(page);
    // The positive control: a phrase stored unencrypted, by the test, in its own database;
    // then 8 MB of noise, so LevelDB flushes its log into a Snappy-compressed table and the
    // scan reads tables (holding the app's rows too) as well as logs.
    await page.evaluate((text) => new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('scan-control', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('rows');
      request.onsuccess = () => {
        const write = request.result.transaction('rows', 'readwrite');
        write.objectStore('rows').put({ text }, 0);
        // Small rows: Chromium keeps large values in separate blob files, not in LevelDB.
        for (let i = 1; i <= 2048; i += 1) write.objectStore('rows').put(crypto.getRandomValues(new Uint8Array(4096)), i);
        write.oncomplete = () => { request.result.close(); resolve(); };
        write.onerror = () => reject(write.error);
      };
    }), CONTROL);
    await lockButton(page).click();
    await expect(unlockHeading(page)).toBeVisible();
    await context.close();
    expect(seen.offHost, 'no request left the local server').toEqual([]);
    expect(seen.errors, 'no console errors').toEqual([]);

    // Scan every file of the profile.
    const secrets = [TYPED.slice(0, 40), QUOTE_WORDS, quote.slice(0, 30), ...REVIEWERS, TITLE, 'Quorlton Fenwick'];
    const scan = scanProfile(profile, [...secrets, CONTROL]);
    const control = scan.hits.filter((hit) => hit.phrase === CONTROL).map((hit) => `${hit.file} (${hit.where}, ${hit.encoding})`);
    test.info().annotations.push({ type: 'scan', description: `${scan.files} files, ${scan.bytes} bytes, ${scan.tables} LevelDB tables, ${scan.logs} logs; control found in ${control.join('; ')}` });
    expect(scan.unreadable, 'every LevelDB file parsed').toEqual([]);
    expect(control.length, 'the scan finds the control phrase').toBeGreaterThan(0);
    expect(scan.tables, 'LevelDB tables were written and read').toBeGreaterThan(0);
    expect(scan.hits.filter((hit) => hit.phrase !== CONTROL), 'no review text anywhere in the profile').toEqual([]);

    // Reopen: the passphrase is needed, and everything is there.
    ({ context, page, seen } = await launch(profile, baseURL!));
    await openApp(page, engageUrl, { leaveStartScreens: true, autoUnlock: false });
    await expect(unlockHeading(page)).toBeVisible();
    await unlockWith(page, TEST_PASSPHRASE);
    await expect(notesField(page)).toHaveValue(new RegExp(`${TYPED.replace(/[.,]/g, '\\$&')}$`));
    expect(await notesField(page).inputValue()).toContain(quote);
    await openApp(page, `/#/reviews/${reviewId}/scope`, { autoUnlock: false });
    await expect(page.getByLabel('Reviewer 1 name')).toHaveValue(REVIEWERS[0]!);
    await expect(page.getByLabel('Reviewer 2 name')).toHaveValue(REVIEWERS[1]!);
    await expect(page.getByRole('main')).toContainText(TITLE);
    await context.close();
    expect(seen.offHost).toEqual([]);
    expect(seen.errors).toEqual([]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
