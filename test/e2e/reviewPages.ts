/** Page helpers for the Reviews screen and the Scope stage, written as a reviewer acts. */
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export interface NewReview {
  title: string;
  area: string;
  commissioner?: string;
}

export async function createReview(page: Page, review: NewReview): Promise<void> {
  await page.getByRole('button', { name: 'Create a new review' }).click();
  await page.getByLabel('Review title').fill(review.title);
  await page.getByLabel('Area').fill(review.area);
  if (review.commissioner) await page.getByLabel('Commissioned by').fill(review.commissioner);
  await page.getByRole('button', { name: 'Create review' }).click();
  // A review opens on its overview; the scope is one click away.
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await openStage(page, 'Scope');
}

/** Waits until every autosave has reached IndexedDB. */
export async function allSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toContainText('All changes saved', { timeout: 10_000 });
}

/** Clicks a button that triggers a download and returns the downloaded bytes as text. */
export async function downloadText(page: Page, click: () => Promise<void>): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { download, text: await readFile(path, 'utf8') };
}

/** Picks a file in the browser's file chooser after `click`. */
export async function chooseFile(page: Page, click: () => Promise<void>, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click()]);
  await chooser.setFiles(file);
}

/**
 * A review file with its ids replaced by their order of first appearance and its export
 * time and lineage (both stamps of the file, not of the review) removed, so two exports
 * of copies compare equal when their content is equal.
 */
export function comparable(text: string): unknown {
  const { exportedAt: _exportedAt, lineage: _lineage, ...content } = JSON.parse(text) as Record<string, unknown>;
  const seen = new Map<string, string>();
  const normalised = JSON.stringify(content).replace(/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/g, (uuid) => {
    if (!seen.has(uuid)) seen.set(uuid, `id-${seen.size}`);
    return seen.get(uuid)!;
  });
  return JSON.parse(normalised) as unknown;
}

/** Opens a stage from the workspace's stage navigation. */
export async function openStage(page: Page, stage: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Stages of the review' }).getByRole('link', { name: new RegExp(`^${stage}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: stage })).toBeVisible();
}

/** Adds one agency in the Scope stage with its sector (by the sector's label). */
export async function addAgency(page: Page, name: string, sector: string): Promise<void> {
  await page.getByLabel('Agency name').fill(name);
  await page.getByLabel('Sector', { exact: true }).selectOption({ label: sector });
  await page.getByRole('button', { name: 'Add agency' }).click();
  await expect(page.getByLabel(`Name of agency: ${name}`)).toBeVisible();
}

/** Types a YYYY-MM-DD date into a GOV.UK date input (the group named by its legend), box by box as a reviewer would. */
export async function fillDate(group: Locator, date: string): Promise<void> {
  const [year = '', month = '', day = ''] = date.split('-');
  await group.getByLabel('Day').fill(day.replace(/^0(?=\d)/, ''));
  await group.getByLabel('Month').fill(month.replace(/^0(?=\d)/, ''));
  await group.getByLabel('Year').fill(year);
}

/** The date a GOV.UK date input holds, as YYYY-MM-DD (for checking what was saved). */
export async function dateIn(group: Locator): Promise<string> {
  const [day, month, year] = await Promise.all(['Day', 'Month', 'Year'].map((box) => group.getByLabel(box).inputValue()));
  return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

export interface NewEngagement {
  kind: string;
  date: string;
  title: string;
  agencies?: string[];
  roles?: string[];
  participants?: number;
  reviewers?: string[];
  minutes?: number;
}

/** Fills the open engagement form and adds it; the app then opens the new engagement's notes. */
export async function fillEngagementForm(page: Page, engagement: NewEngagement): Promise<void> {
  const form = page.getByRole('form', { name: 'Add an engagement' });
  await form.getByLabel('Kind of engagement').selectOption({ label: engagement.kind });
  await fillDate(form.getByRole('group', { name: 'Date', exact: true }), engagement.date);
  await form.getByLabel('Title').fill(engagement.title);
  for (const agency of engagement.agencies ?? []) await form.getByRole('group', { name: 'Agencies taking part' }).getByLabel(agency).check();
  await form.getByLabel('Job roles taking part').fill((engagement.roles ?? []).join('\n'));
  if (engagement.participants !== undefined) await form.getByLabel('Number of participants').fill(String(engagement.participants));
  for (const reviewer of engagement.reviewers ?? []) await form.getByRole('group', { name: 'Reviewers present' }).getByLabel(reviewer).check();
  if (engagement.minutes !== undefined) await form.getByLabel('Duration in minutes (optional)').fill(String(engagement.minutes));
  await form.getByRole('button', { name: 'Add engagement' }).click();
  await expect(page.getByRole('heading', { level: 2, name: engagement.title })).toBeVisible();
}

/** From the timetable: opens the add form and adds an engagement. */
export async function addEngagement(page: Page, engagement: NewEngagement): Promise<void> {
  await page.getByRole('button', { name: 'Add an engagement' }).click();
  await fillEngagementForm(page, engagement);
}

/** The open engagement's notes field. */
export function notesField(page: Page) {
  return page.getByRole('textbox', { name: 'Notes', exact: true });
}

/** From an engagement's notes back to the timetable. */
export async function backToTimetable(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Back to the timetable' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Engagement timetable' })).toBeVisible();
}

/**
 * An engagement's notes draft as stored: the notes are sealed (encrypted), so only its
 * clear `savedAt` (an index) can be read, and whether any field holds the notes in plain.
 */
export async function storedDraft(page: Page, engagementId: string): Promise<{ savedAt: number; hasPlainNotes: boolean } | null> {
  return page.evaluate((id) => new Promise<{ savedAt: number; hasPlainNotes: boolean } | null>((resolve, reject) => {
    const request = indexedDB.open('local-review');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const database = request.result;
      const read = database.transaction('drafts', 'readonly').objectStore('drafts').get(id);
      read.onsuccess = () => {
        database.close();
        const row = read.result as { savedAt: number; notes?: unknown } | undefined;
        resolve(row ? { savedAt: row.savedAt, hasPlainNotes: row.notes !== undefined } : null);
      };
      read.onerror = () => reject(read.error);
    };
  }), engagementId);
}

/**
 * Waits until the drafts writer has landed two more writes of an engagement's notes. It
 * runs one write at a time and each next write takes the newest text, so the second write
 * to land after this call holds at least everything on screen when it was made.
 */
export async function draftCaughtUp(page: Page, engagementId: string): Promise<void> {
  for (let landed = 0; landed < 2; landed += 1) {
    const before = (await storedDraft(page, engagementId))?.savedAt ?? 0;
    await expect.poll(async () => (await storedDraft(page, engagementId))?.savedAt ?? 0, { timeout: 2_000, intervals: [10] }).toBeGreaterThan(before);
  }
}

/** Selects `text` in the coding view's read-only notes by dragging the mouse across it, first character to last. */
export async function dragAcross(notes: Locator, text: string): Promise<void> {
  const page = notes.page();
  const box = await notes.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rects = [...range.getClientRects()];
      const first = rects[0]!;
      const last = rects.at(-1)!;
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    throw new Error(`"${wanted}" is not in one piece of the notes`);
  }, text);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, box.y2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}

/** Presses Tab until the focused element's text or label matches, as a keyboard user would. */
export async function tabTo(page: Page, name: string | RegExp, limit = 300): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return (el.getAttribute('aria-label') ?? labelled ?? el.textContent ?? '').trim();
    });
    if (typeof name === 'string' ? label === name : name.test(label)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}
