/**
 * Two reviewers on two computers (two browser contexts, each with its own storage) work
 * on the same review: the second starts from the first's file, both add an engagement
 * and code a passage in it, and both retitle the same finding differently. The second's
 * file is merged into the first's: the preview lists the conflict, the first reviewer
 * takes their colleague's title, and nothing either of them did is lost. The second also
 * adds a peer network, which comes across by itself.
 */
import type { Page } from '@playwright/test';
import { test, expect, checkA11y } from './fixtures.ts';
import { openApp } from './app.ts';
import { addEngagement, allSaved, chooseFile, createReview, dragAcross, notesField, openStage } from './reviewPages.ts';
import { exportEncrypted, exportPlain } from './reviewFilePages.ts';

test.describe.configure({ timeout: 360_000 });

const TITLE = 'Sallowmere Local Review: serious youth violence, county lines and exploitation';
const FINDING = 'The bus station is the borough’s main place of risk, and no agency owns it';
const PASSWORD = 'marsh heron quarry lantern';
const AGENCY = 'Safer Sallowmere Partnership';
const NETWORK = 'Bus station cohort (second reviewer)';

interface Reviewer {
  page: Page;
  engagement: string;
  passage: string;
  findingTitle: string;
}

async function openReview(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('link', { name: 'All reviews' }).click();
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
}

/** Adds an engagement with notes and codes one passage of them. */
async function addCodedEngagement({ page, engagement, passage }: Reviewer): Promise<void> {
  await openStage(page, 'Engage');
  await addEngagement(page, { kind: 'Interview', date: '2026-03-03', title: engagement, agencies: [AGENCY], roles: ['Partnership manager'], participants: 1 });
  await notesField(page).fill(`Opening words.\n${passage}\nClosing words.`);
  await allSaved(page);
  await openStage(page, 'Analyse');
  await page.getByRole('link', { name: engagement }).click();
  const notes = page.getByRole('textbox', { name: 'Notes' });
  await dragAcross(notes, passage);
  await page.getByRole('button', { name: 'Code selected passage' }).click();
  const form = page.getByRole('dialog', { name: 'Code this passage' }).getByRole('form', { name: 'Code this passage' });
  await form.getByRole('group', { name: 'Themes' }).getByLabel('Youth violence and knife crime', { exact: true }).check();
  await form.getByRole('group', { name: 'Kind of passage' }).getByLabel('Gap', { exact: true }).check();
  await form.getByRole('button', { name: 'Code passage' }).click();
  await expect(notes.locator('mark', { hasText: passage })).toBeVisible();
}

async function retitleFinding({ page, findingTitle }: Reviewer): Promise<void> {
  await page.getByRole('navigation', { name: 'Analyse views' }).getByRole('link', { name: 'Findings' }).click();
  const finding = page.getByRole('article', { name: FINDING });
  await finding.getByRole('button', { name: `Edit finding ‘${FINDING}’` }).click();
  await finding.getByLabel('Title').fill(findingTitle);
  await allSaved(page);
}

/** Saves the review from the Reviews list as an encrypted file; returns its path on disk. */
async function exportFile(page: Page): Promise<string> {
  await page.getByRole('banner').getByRole('link', { name: 'All reviews' }).click();
  const { download } = await exportEncrypted(page, TITLE, PASSWORD);
  return download.path();
}

async function openFileWithPassword(page: Page): Promise<void> {
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Open file' }).click();
}

test('two reviewers merge their work on one review; the conflict is decided in the preview and nothing is lost', async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const a: Reviewer = { page: await first.newPage(), engagement: 'Interview by the first reviewer', passage: 'The first reviewer heard about the night bus.', findingTitle: 'Nobody owns the bus station (first reviewer)' };
  const b: Reviewer = { page: await second.newPage(), engagement: 'Interview by the second reviewer', passage: 'The second reviewer heard about the taxi rank.', findingTitle: 'The bus station belongs to no one (second reviewer)' };

  // The first reviewer opens the review and shares it; the second starts from that file.
  await openApp(a.page);
  await a.page.getByRole('button', { name: 'Open the sample review' }).click();
  await expect(a.page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  const shared = await exportFile(a.page);
  await openApp(b.page);
  await chooseFile(b.page, () => b.page.getByRole('button', { name: 'Import a review file' }).click(), shared);
  await openFileWithPassword(b.page);
  await expect(b.page.getByText(`Imported “${TITLE}”`)).toBeVisible();

  // Each works on their own computer.
  for (const reviewer of [a, b]) {
    await openReview(reviewer.page);
    await addCodedEngagement(reviewer);
    await retitleFinding(reviewer);
  }
  await openStage(b.page, 'Peer networks');
  await b.page.getByLabel('Title').fill(NETWORK);
  await b.page.getByLabel('Source note').fill('Youth offending team caseload');
  await b.page.getByRole('button', { name: 'Add the network' }).click();
  await expect(b.page.getByRole('heading', { level: 2, name: NETWORK })).toBeVisible();
  const theirs = await exportFile(b.page);

  // The first merges the second's file.
  await openReview(a.page);
  await chooseFile(a.page, () => a.page.getByRole('button', { name: 'Merge a colleague’s file' }).click(), theirs);
  await openFileWithPassword(a.page);
  const preview = a.page.getByRole('region', { name: /^Merge preview/ });
  await expect(preview.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(preview).toContainText('changes made on one side only come across by themselves');
  const conflict = preview.getByRole('group', { name: `Finding “${a.findingTitle}”: title` });
  await expect(conflict.getByRole('radio', { name: `Keep mine: ${a.findingTitle}` })).toBeChecked();
  await checkA11y(a.page, 'merge preview');
  await conflict.getByRole('radio', { name: `Take theirs: ${b.findingTitle}` }).check();
  await preview.getByText(/^What comes across by itself/).click();
  await expect(preview.getByRole('list', { name: 'Changes that need no decision' })).toContainText(`New engagement “${b.engagement}”`);
  await expect(preview.getByRole('list', { name: 'Changes that need no decision' })).toContainText(`New peer network “${NETWORK}”`);
  await preview.getByLabel('Whose file is this? (optional, for the merge log)').fill('Second reviewer');
  await preview.getByRole('button', { name: 'Apply merge' }).click();
  await expect(a.page.getByText(/^Merged .* into the review: 3 new, .* 1 item with conflicts decided\.$/)).toBeVisible();
  await expect(a.page.getByRole('list', { name: 'Merges, newest first' })).toContainText('Second reviewer’s file');
  await expect(a.page.getByRole('list', { name: 'Merges, newest first' })).toContainText('1 conflict decided (1 theirs)');

  // Nothing lost: both engagements and both coded passages, and the chosen title.
  await openStage(a.page, 'Analyse');
  for (const reviewer of [a, b]) {
    await a.page.getByRole('link', { name: reviewer.engagement }).click();
    await expect(a.page.getByRole('textbox', { name: 'Notes' }).locator('mark', { hasText: reviewer.passage })).toBeVisible();
    await a.page.getByRole('navigation', { name: 'Analyse views' }).getByRole('link', { name: 'Code passages' }).click();
  }
  await a.page.getByRole('navigation', { name: 'Analyse views' }).getByRole('link', { name: 'Findings' }).click();
  await expect(a.page.getByRole('article', { name: b.findingTitle })).toBeVisible();
  await expect(a.page.getByRole('article', { name: a.findingTitle })).toHaveCount(0);
  await openStage(a.page, 'Peer networks');
  await expect(a.page.getByRole('heading', { level: 2, name: NETWORK })).toBeVisible();
  await first.close();
  await second.close();
});

test('a file of another review is not merged: it can be imported as a copy instead', async ({ page }) => {
  await openApp(page);
  await createReview(page, { title: 'Harbour review', area: 'Harbourside' });
  await page.getByRole('banner').getByRole('link', { name: 'All reviews' }).click();
  const { download } = await exportPlain(page, 'Harbour review');
  await createReview(page, { title: 'Quayside review', area: 'Quayside' });
  await openStage(page, 'Overview');
  await chooseFile(page, () => page.getByRole('button', { name: 'Merge a colleague’s file' }).click(), await download.path());
  const refusal = page.getByRole('alertdialog', { name: 'This file is of another review' });
  await expect(refusal).toContainText('holds “Harbour review”, not this review');
  await checkA11y(page, 'merge refused: another review');
  await refusal.getByRole('button', { name: 'Import as a copy instead' }).click();
  await expect(page.getByText(/^Imported “Harbour review” from .* as a copy\./)).toBeVisible();
  await page.getByRole('banner').getByRole('link', { name: 'All reviews' }).click();
  await expect(page.getByRole('rowheader', { name: 'Harbour review' })).toHaveCount(2);
});
