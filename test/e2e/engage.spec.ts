/** A reviewer plans and records engagements across two sectors, types notes, and finds it all after a reload. */
import type { Page } from '@playwright/test';
import { test, expect, checkA11y } from './fixtures.ts';
import { openApp } from './app.ts';
import { addAgency, addEngagement, allSaved, backToTimetable, createReview, fillEngagementForm, notesField, openStage } from './reviewPages.ts';

const NOTES = {
  sergeants: 'Sergeants said county lines runners are picked up at the bus station after dark.\nReferrals to the MASH take days — “we never hear back”.',
  nurses: 'CAMHS nurses: waiting list is 18 weeks; no crisis slot for under-16s.\nA&E sees the same boys after each stabbing 🔪.',
  workshop: 'Both agencies agreed information sharing is the barrier.\nIdea: a shared weekly list of missing episodes.',
};

const gaps = (page: Page) => page.getByRole('list', { name: 'Gaps in agency coverage' });
const rows = (page: Page) => page.getByRole('table', { name: /^Engagements, sorted by/ }).locator('tbody tr');

async function setUpReview(page: Page, title: string): Promise<void> {
  await openApp(page);
  await createReview(page, { title, area: 'Northfold' });
  await page.getByLabel('Name', { exact: true }).fill('Sam Okafor');
  await page.getByLabel('Role', { exact: true }).fill('Lead reviewer');
  await page.getByRole('button', { name: 'Add reviewer' }).click();
  await expect(page.getByLabel('Reviewer 1 name')).toHaveValue('Sam Okafor');
  await addAgency(page, 'Northfold Police', 'Police');
  await addAgency(page, 'Northfold CAMHS', 'Health');
  await openStage(page, 'Engage');
}

test('three engagements across two sectors, with notes, survive a reload; coverage follows', async ({ page }) => {
  await setUpReview(page, 'Northfold engagements');
  await expect(page.getByText('No engagements yet.')).toBeVisible();
  await expect(gaps(page).getByRole('listitem')).toHaveText(['No police engagement yet', 'No health engagement yet']);
  await checkA11y(page, 'engage, empty');

  await addEngagement(page, {
    kind: 'Interview', date: '2026-03-03', title: 'Neighbourhood sergeants', agencies: ['Northfold Police'],
    roles: ['Police sergeant', 'PCSO'], participants: 3, reviewers: ['Sam Okafor'], minutes: 60,
  });
  await expect(notesField(page)).toBeFocused();
  await notesField(page).fill(NOTES.sergeants);
  await expect(page.getByRole('complementary', { name: 'Question guide' }).getByText('County lines', { exact: true })).toBeVisible();
  await allSaved(page);
  await checkA11y(page, 'notes editor');
  await backToTimetable(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Engagement timetable' })).toBeFocused();
  await expect(gaps(page).getByRole('listitem')).toHaveText(['No health engagement yet']);

  await addEngagement(page, {
    kind: 'Focus group', date: '2026-03-02', title: 'CAMHS and A&E nurses', agencies: ['Northfold CAMHS'],
    roles: ['Mental health nurse', 'Emergency department nurse'], participants: 5,
  });
  await notesField(page).fill(NOTES.nurses);
  await backToTimetable(page);
  await expect(page.getByText('Every sector in scope has been engaged.')).toBeVisible();

  await addEngagement(page, {
    kind: 'Workshop', date: '2026-03-04', title: 'Safeguarding leads', agencies: ['Northfold Police', 'Northfold CAMHS'],
    roles: ['Safeguarding lead'], participants: 12,
  });
  await notesField(page).fill(NOTES.workshop);
  await allSaved(page);
  await backToTimetable(page);
  await expect(page.getByTestId('coverage-summary')).toHaveText('2 of 2 sectors in scope engaged so far.');
  await checkA11y(page, 'engage, filled');

  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Engagement timetable' })).toBeVisible();
  await expect(rows(page)).toHaveCount(3);
  await expect(rows(page).nth(0)).toContainText('2 March 2026');
  await expect(rows(page).nth(0)).toContainText('Focus group');
  await expect(rows(page).nth(0)).toContainText('Mental health nurse, Emergency department nurse');
  await expect(rows(page).nth(1)).toContainText('Northfold Police');
  await expect(rows(page).nth(2)).toContainText('Northfold Police, Northfold CAMHS');
  await expect(page.getByRole('table', { name: 'Sectors in scope' }).getByRole('row', { name: /Health/ })).toContainText('1 of 1');
  for (const [title, notes] of [['Neighbourhood sergeants', NOTES.sergeants], ['CAMHS and A&E nurses', NOTES.nurses], ['Safeguarding leads', NOTES.workshop]] as const) {
    await page.getByRole('link', { name: title }).click();
    await expect(notesField(page)).toHaveValue(notes);
    await backToTimetable(page);
  }
  await page.getByRole('link', { name: 'Neighbourhood sergeants' }).click();
  await page.getByText('Details of this engagement').click();
  await expect(page.getByRole('definition').filter({ hasText: 'Police sergeant, PCSO' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Sam Okafor' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: '60 minutes' })).toBeVisible();
});

test('the timetable sorts by its headers, filters by kind and agency, and edits and deletes with undo', async ({ page }) => {
  await setUpReview(page, 'Northfold timetable');
  await addEngagement(page, { kind: 'Workshop', date: '2026-03-04', title: 'Alpha workshop', agencies: ['Northfold Police'], participants: 8 });
  await backToTimetable(page);
  await addEngagement(page, { kind: 'Interview', date: '2026-03-05', title: 'Charlie interview', agencies: ['Northfold CAMHS'], participants: 1 });
  await backToTimetable(page);
  await addEngagement(page, { kind: 'Survey', date: '2026-03-01', title: 'Bravo survey', agencies: ['Northfold CAMHS'], participants: 40 });
  await backToTimetable(page);

  const titles = () => rows(page).locator('td:nth-child(3)');
  await expect(titles()).toHaveText(['Bravo survey', 'Alpha workshop', 'Charlie interview']);
  const titleHeader = page.getByRole('columnheader', { name: 'Title' });
  await titleHeader.getByRole('button').click();
  await expect(titleHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByRole('columnheader', { name: 'Date' })).toHaveAttribute('aria-sort', 'none');
  await expect(titles()).toHaveText(['Alpha workshop', 'Bravo survey', 'Charlie interview']);
  await titleHeader.getByRole('button').click();
  await expect(titleHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(titles()).toHaveText(['Charlie interview', 'Bravo survey', 'Alpha workshop']);
  await page.getByRole('columnheader', { name: 'Kind' }).getByRole('button').click();
  await expect(titles()).toHaveText(['Charlie interview', 'Bravo survey', 'Alpha workshop']);

  await page.getByLabel('Agency', { exact: true }).selectOption({ label: 'Northfold CAMHS' });
  await expect(titles()).toHaveText(['Charlie interview', 'Bravo survey']);
  await expect(page.getByText('Showing 2 of 3 engagements.')).toBeVisible();
  await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Survey' });
  await expect(titles()).toHaveText(['Bravo survey']);
  await page.getByLabel('Agency', { exact: true }).selectOption({ label: 'All agencies' });
  await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'All kinds' });
  await expect(titles()).toHaveCount(3);

  await page.getByRole('link', { name: 'Bravo survey' }).click();
  await page.getByText('Details of this engagement').click();
  await page.getByRole('button', { name: 'Change details' }).click();
  const form = page.getByRole('form', { name: 'Change the details' });
  await form.getByLabel('Number of participants').fill('many');
  await form.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByRole('link', { name: 'Enter the number of participants as a whole number, like 6' })).toBeVisible();
  await form.getByLabel('Number of participants').fill('42');
  await form.getByLabel('Title').fill('Bravo survey of teachers');
  await form.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Bravo survey of teachers' })).toBeVisible();
  await backToTimetable(page);
  await expect(rows(page).filter({ hasText: 'Bravo survey of teachers' })).toContainText('42');

  await page.getByRole('button', { name: 'Delete Alpha workshop' }).click();
  await expect(page.getByText('Deleted the workshop “Alpha workshop”.')).toBeVisible();
  await expect(titles()).toHaveCount(2);
  await expect(page.getByRole('list', { name: 'Gaps in agency coverage' })).toContainText('No police engagement yet');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(titles()).toHaveCount(3);
  await expect(page.getByText('Every sector in scope has been engaged.')).toBeVisible();
});

test('keyboard shortcuts add an engagement and move between engagements while typing', async ({ page }) => {
  await setUpReview(page, 'Northfold shortcuts');
  await page.getByText('Keyboard shortcuts').click();
  await expect(page.getByText('Add an engagement', { exact: true }).last()).toBeVisible();

  await page.keyboard.press('Alt+Shift+N');
  await expect(page.getByLabel('Kind of engagement')).toBeFocused();
  await fillEngagementForm(page, { kind: 'Interview', date: '2026-03-02', title: 'First', participants: 1 });
  await expect(notesField(page)).toBeFocused();
  await page.keyboard.type('Said in the first.');

  await page.keyboard.press('Alt+Shift+N');
  await expect(page.getByLabel('Kind of engagement')).toBeFocused();
  await fillEngagementForm(page, { kind: 'Workshop', date: '2026-03-03', title: 'Second', participants: 9 });
  await expect(notesField(page)).toBeFocused();
  await page.keyboard.type('Said in the second.');
  await expect(notesField(page)).toHaveValue('Said in the second.');

  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect(page.getByRole('heading', { level: 2, name: 'First' })).toBeVisible();
  await expect(notesField(page)).toBeFocused();
  await expect(notesField(page)).toHaveValue('Said in the first.');
  await page.keyboard.type(' More.');
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(page.getByRole('heading', { level: 2, name: 'Second' })).toBeVisible();
  await expect(notesField(page)).toBeFocused();
  await expect(notesField(page)).toHaveValue('Said in the second.');
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(page.getByRole('heading', { level: 2, name: 'Second' })).toBeVisible();
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect(notesField(page)).toHaveValue('Said in the first. More.');
  await allSaved(page);
  await page.reload();
  await expect(notesField(page)).toHaveValue('Said in the first. More.');
});
