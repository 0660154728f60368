/**
 * A reviewer codes passages of the sample review's notes: by mouse and by keyboard (in a
 * dialog at a laptop's 1366×768, a few keystrokes: filter the themes, a number for the kind
 * and one for who said it), edits and removes one (with Undo), edits the notes in Engage and
 * finds the passages followed them (or are flagged when they could not), and finds
 * everything after a reload.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, checkA11y } from './fixtures.ts';
import { openApp } from './app.ts';
import { allSaved, dragAcross, notesField, openStage } from './reviewPages.ts';

const ENGAGEMENT = 'Partnership leads: community safety and public health';
const BY_MOUSE = 'Detached youth work cut to 2 evenings/wk in 2024.';
const BY_KEYBOARD = 'Ask: practical recs please';
const CITED = 'it lives on the council website and nobody on the front line has read it';
const LOST_WARNING = 'Could not find this passage in the notes any more — its text is kept as evidence.';

const notes = (page: Page) => page.getByRole('textbox', { name: 'Notes' });
const passages = (page: Page) => page.getByRole('list', { name: /^Coded passages/ }).getByRole('listitem');
const passage = (page: Page, text: string) => passages(page).filter({ hasText: text });
const highlight = (page: Page, text: string) => notes(page).locator('mark', { hasText: text });

/** Every finding's cited passages, straight from IndexedDB. */
async function findingCitations(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const request = indexedDB.open('local-review');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const read = request.result.transaction('findings', 'readonly').objectStore('findings').getAll();
      read.onsuccess = () => {
        request.result.close();
        resolve(Object.fromEntries((read.result as Array<{ id: string; excerptIds: string[] }>).map((f) => [f.id, f.excerptIds])));
      };
    };
  }));
}

async function chooseCoding(form: Locator, theme: string, kind: string, speaker: string): Promise<void> {
  await form.getByRole('group', { name: 'Themes' }).getByLabel(theme, { exact: true }).check();
  await form.getByRole('group', { name: 'Kind of passage' }).getByLabel(kind, { exact: true }).check();
  await form.getByRole('group', { name: 'Who said it?' }).getByLabel(speaker, { exact: true }).check();
}

test('code passages by mouse and keyboard, edit, remove with undo, follow edited notes, survive a reload', async ({ page }) => {
  // One long journey with three accessibility checks (each takes seconds on a busy machine).
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await openStage(page, 'Analyse');
  const row = page.getByRole('row', { name: new RegExp(ENGAGEMENT) });
  await expect(row).toContainText('Strategic partnership, Community safety, Public health');
  await expect(row.getByRole('cell').nth(3)).toHaveText('3');
  await checkA11y(page, 'coding list');

  await row.getByRole('link', { name: ENGAGEMENT }).click();
  await expect(page.getByRole('heading', { level: 2, name: ENGAGEMENT })).toBeVisible();
  await expect(notes(page)).toBeFocused();
  await expect(notes(page).locator('mark')).toHaveCount(3);
  // The notes use the app's font, and a highlight's tint stays inside its own line.
  expect(await notes(page).evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^arial, sans-serif$/i);
  const lineHeight = await notes(page).evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  for (const rect of await highlight(page, 'Two stabbings').evaluate((el) => [...el.getClientRects()].map((r) => r.height))) {
    expect(rect).toBeLessThanOrEqual(lineHeight);
  }
  await expect(highlight(page, 'Two stabbings')).toHaveAccessibleDescription(/^Coded passage 1: Context — /);
  await expect(passages(page)).toHaveCount(3);

  // Nothing selected: told plainly.
  await page.getByRole('button', { name: 'Code selected passage' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Select the words you want to code' })).toBeFocused();

  // By mouse.
  await dragAcross(notes(page), BY_MOUSE);
  await expect(page.getByTestId('coding-selection')).toHaveText('Selected: “Detached youth work cut to 2 evenings/wk in…”');
  await page.getByRole('button', { name: 'Code selected passage' }).click();
  const dialog = page.getByRole('dialog', { name: 'Code this passage' });
  const form = dialog.getByRole('form', { name: 'Code this passage' });
  await expect(dialog).toBeInViewport();
  await expect(form.getByRole('blockquote')).toHaveText(BY_MOUSE);
  // Nothing is chosen for the reviewer: themes, kind and (three agencies were there) who said it.
  await expect(form.getByRole('radio', { checked: true })).toHaveCount(0);
  await form.getByRole('button', { name: 'Code passage' }).click();
  await expect(form.getByRole('link', { name: 'Choose at least one theme for the passage' })).toBeVisible();
  await expect(form.getByRole('link', { name: 'Choose the kind of passage' })).toBeVisible();
  await expect(form.getByRole('link', { name: 'Choose who said it, or “Not known”' })).toBeVisible();
  await checkA11y(page, 'passage form with an error');
  await chooseCoding(form, 'Youth violence and knife crime', 'Gap', 'Safer Sallowmere Partnership');
  await form.getByLabel('May be quoted in reports (anonymised, attributed to a sector)').check();
  await form.getByRole('button', { name: 'Code passage' }).click();
  await expect(dialog).toBeHidden();
  await expect(highlight(page, BY_MOUSE)).toHaveText(BY_MOUSE);
  await expect(passage(page, BY_MOUSE)).toContainText('Gap');
  await expect(passage(page, BY_MOUSE)).toContainText('Themes: Youth violence and knife crime');
  await expect(passage(page, BY_MOUSE)).toContainText('Who said it: Safer Sallowmere Partnership');
  await expect(passage(page, BY_MOUSE)).toContainText('May be quoted in reports (anonymised)');
  await expect(notes(page)).toBeFocused();

  // By keyboard: the last line's first words, with Shift and the right arrow, then Alt+Shift+C.
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Home');
  for (let i = 0; i < BY_KEYBOARD.length; i += 1) await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByTestId('coding-selection')).toHaveText(`Selected: “${BY_KEYBOARD}”`);
  await page.keyboard.press('Alt+Shift+C');
  // A few keystrokes: type to filter the themes and Enter; Tab past the list (one stop) to the kind, a number; Tab, a number for who said it.
  await expect(form.getByLabel('Filter themes')).toBeFocused();
  await expect(form.getByRole('radio', { checked: true })).toHaveCount(0);
  await page.keyboard.type('multi-ag');
  await expect(form.getByRole('group', { name: 'Themes' }).getByRole('checkbox')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(form.getByRole('checkbox', { name: 'Multi-agency working and governance' })).toBeChecked();
  await expect(form.getByLabel('Filter themes')).toHaveValue('');
  await page.keyboard.press('Tab');
  await expect(form.getByRole('group', { name: 'Themes' }).getByRole('checkbox').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(form.getByRole('checkbox', { name: 'Youth violence and knife crime' })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(form.getByRole('checkbox', { name: 'Youth violence and knife crime' })).not.toBeChecked();
  await page.keyboard.press('Tab');
  await expect(form.getByRole('radio', { name: 'Good practice' })).toBeFocused();
  await page.keyboard.press('5');
  await expect(form.getByRole('radio', { name: 'Issue', exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('0');
  await expect(form.getByRole('radio', { name: 'Not known' })).toBeChecked();
  await checkA11y(page, 'coding dialog');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(highlight(page, BY_KEYBOARD)).toHaveText(BY_KEYBOARD);
  await expect(notes(page)).toBeFocused();
  await expect(passages(page)).toHaveCount(5);
  await expect(passages(page).last()).toContainText(BY_KEYBOARD);
  await expect(passages(page).last()).toContainText('Who said it: Not known');
  await checkA11y(page, 'coding view');

  // Escape cancels the dialog and puts the selection back in the notes.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByTestId('coding-selection')).toHaveText('Selected: “S”');
  await page.keyboard.press('Alt+Shift+C');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(notes(page)).toBeFocused();
  await expect(page.getByTestId('coding-selection')).toHaveText('Selected: “S”');

  // Edit: kind and quoting change, the place does not.
  const mouseItem = passage(page, BY_MOUSE);
  await mouseItem.getByRole('button', { name: /^Edit passage/ }).click();
  const edit = mouseItem.getByRole('form', { name: /^Change passage/ });
  await expect(edit.getByRole('radio', { name: 'Safer Sallowmere Partnership' })).toBeChecked();
  await edit.getByRole('radio', { name: 'Barrier' }).check();
  await edit.getByRole('radio', { name: 'Not known' }).check();
  await edit.getByLabel('May be quoted in reports (anonymised, attributed to a sector)').uncheck();
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(mouseItem).toBeFocused();
  await expect(mouseItem).toContainText('Barrier');
  await expect(mouseItem).toContainText('Who said it: Not known');
  await expect(mouseItem).toContainText('Not to be quoted');
  await expect(highlight(page, BY_MOUSE)).toHaveAccessibleDescription(/Barrier — Youth violence and knife crime/);

  // Remove it, then Undo.
  await mouseItem.getByRole('button', { name: /^Remove passage/ }).click();
  await expect(page.getByText(/^Removed passage 3 \(“Detached youth work cut to 2 evenings\/wk in…”\)\.$/)).toBeVisible();
  await expect(highlight(page, BY_MOUSE)).toHaveCount(0);
  await expect(passages(page)).toHaveCount(4);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Undone.')).toBeVisible();
  await expect(highlight(page, BY_MOUSE)).toHaveText(BY_MOUSE);
  await expect(mouseItem).toContainText('Barrier');

  // Remove a passage a finding cites, then Undo: back in the notes and in the finding, in its place.
  const cited = await findingCitations(page);
  await expect(passage(page, CITED)).toContainText('Cited by 1 finding');
  await passage(page, CITED).getByRole('button', { name: /^Remove passage/ }).click();
  await expect(page.getByText(/^Removed passage 2 .* and took it out of the finding that cited it\.$/)).toBeVisible();
  await expect(passage(page, CITED)).toHaveCount(0);
  await expect(highlight(page, CITED)).toHaveCount(0);
  expect(await findingCitations(page)).not.toEqual(cited);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Undone.')).toBeVisible();
  await expect(passage(page, CITED)).toContainText('Cited by 1 finding');
  await expect(highlight(page, CITED)).toHaveText(CITED);
  expect(await findingCitations(page)).toEqual(cited);

  // Edit the notes in Engage: a passage after the edit moves with its text; one whose words changed is flagged.
  await page.getByRole('link', { name: 'Edit these notes in Engage' }).click();
  // The coding view's read-only notes share the name: wait for Engage's own field.
  await expect(page.getByRole('heading', { level: 1, name: 'Engage' })).toBeVisible();
  await expect(notesField(page)).toBeEditable();
  const before = await notesField(page).inputValue();
  await notesField(page).press('Control+Home');
  await notesField(page).pressSequentially('Arrived late. ');
  await allSaved(page);
  await notesField(page).fill(`Arrived late. ${before.replace('practical recs please', 'practical recommendations please')}`);
  await allSaved(page);
  await openStage(page, 'Analyse');
  await expect(row.getByRole('cell').nth(4)).toHaveText('1 not found');
  await row.getByRole('link', { name: ENGAGEMENT }).click();
  await expect(notes(page)).toContainText('Arrived late. Start 10:05.');
  await expect(highlight(page, BY_MOUSE)).toHaveText(BY_MOUSE);
  await expect(passage(page, BY_KEYBOARD)).toContainText(LOST_WARNING);
  await expect(highlight(page, BY_KEYBOARD)).toHaveCount(0);

  // Reload: everything is still there; a link to a passage brings it into view, a search range is selected.
  await page.reload();
  await expect(notes(page).locator('mark')).toHaveCount(4);
  await expect(passages(page)).toHaveCount(5);
  await expect(passage(page, BY_MOUSE)).toContainText('Barrier');
  const itemId = await passage(page, BY_MOUSE).getAttribute('id');
  const base = page.url().split('?')[0]!;
  await openApp(page, `${base}?focus=${itemId!.replace(/^item-/, '')}`);
  await expect(passage(page, BY_MOUSE)).toBeFocused();
  await openApp(page, `${base}?at=0-13`);
  await expect(page.getByTestId('coding-selection')).toHaveText('Selected: “Arrived late.”');
  await expect(notes(page)).toBeFocused();

  // On to the next engagement by keyboard; the pager links back.
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(page.getByRole('heading', { level: 2, name: 'Children\'s social care practitioner workshop' })).toBeVisible();
  await expect(notes(page)).toBeFocused();
  await page.getByRole('navigation', { name: 'Engagements' }).getByRole('link', { name: /^Previous engagement/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: ENGAGEMENT })).toBeVisible();
});
