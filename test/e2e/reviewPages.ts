/** Page helpers for the Reviews screen and the Scope stage, written as a reviewer acts. */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
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
  await expect(page.getByRole('heading', { level: 1, name: 'Scope' })).toBeVisible();
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
 * time removed, so two exports of copies compare equal when their content is equal.
 */
export function comparable(text: string): unknown {
  const seen = new Map<string, string>();
  const normalised = text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/g, (uuid) => {
    if (!seen.has(uuid)) seen.set(uuid, `id-${seen.size}`);
    return seen.get(uuid)!;
  });
  const { exportedAt: _exportedAt, ...rest } = JSON.parse(normalised) as Record<string, unknown>;
  return rest;
}
