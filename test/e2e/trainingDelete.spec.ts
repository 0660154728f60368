/**
 * Deleting training results, the way a training manager does once results are exported:
 * one participant's attempt (a test run), with Undo putting it back in its place, then a
 * whole cohort with its results, with Undo; another cohort is never touched. Keyboard
 * only for the confirmations; focus lands somewhere sensible after each step; axe runs on
 * the questions and on the empty state.
 */
import { openApp } from './app.ts';
import { checkA11y, expect, test } from './fixtures.ts';
import { addParticipant, startCohort } from './trainingPages.ts';

const LANGUAGE = 'The language of county lines and exploitation';

test('deletes an attempt and a cohort with its results, each with Undo', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  const cohort = 'Test run, 4 March';
  const other = 'Workshop, 5 March';
  await startCohort(page, other, [LANGUAGE]);
  await addParticipant(page, other, 'W-01', 'Police', 'Police constable');
  await page.getByRole('link', { name: 'Stop and resume later' }).click();
  await startCohort(page, cohort, [LANGUAGE]);
  for (const code of ['P-01', 'P-02']) {
    await addParticipant(page, cohort, code, 'Education', 'Teacher');
    await page.getByRole('link', { name: 'Stop and resume later' }).click();
  }
  const card = page.getByRole('region', { name: cohort, exact: true });
  const otherCard = page.getByRole('region', { name: other, exact: true });
  await expect(card.getByRole('row')).toHaveCount(3);

  // Delete one attempt: the question takes focus and says Undo's limit; Cancel hands focus back.
  const deleteP01 = card.getByRole('button', { name: 'Delete P-01’s results' });
  await deleteP01.click();
  const question = card.getByRole('group', { name: /Delete participant P-01’s answers and result\?/ });
  await expect(question).toBeFocused();
  await expect(question).toContainText('You can undo this until you leave this page or start something else.');
  await checkA11y(page, 'deleting an attempt: the question');
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(deleteP01).toBeFocused();
  await expect(card.getByRole('row')).toHaveCount(3);

  await deleteP01.press('Enter');
  await expect(question).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: 'Yes, delete P-01’s results' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Deleted the results of participant P-01.')).toBeVisible();
  await expect(card.getByRole('heading', { name: cohort })).toBeFocused();
  await expect(card.getByRole('row')).toHaveCount(2);
  await expect(card).not.toContainText('P-01');

  // Undo puts the attempt back in its row, and focus on it.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Undone.')).toBeVisible();
  await expect(card.getByRole('row')).toHaveCount(3);
  await expect(deleteP01).toBeFocused();
  await expect(card.getByRole('link', { name: 'Resume P-01' })).toBeVisible();

  // Delete the whole cohort: the question says how many participants' results go.
  const deleteCohort = card.getByRole('button', { name: `Delete this cohort and its results: ${cohort}` });
  await deleteCohort.press('Enter');
  const cohortQuestion = card.getByRole('group', { name: /Delete the cohort/ });
  await expect(cohortQuestion).toBeFocused();
  await expect(cohortQuestion).toContainText(`Delete the cohort “${cohort}” and the results of 2 participants?`);
  await expect(cohortQuestion).toContainText('You can undo this until');
  await checkA11y(page, 'deleting a cohort: the question');
  await cohortQuestion.getByRole('button', { name: 'Yes, delete the cohort and its results' }).click();
  await expect(page.getByText(`Deleted the cohort “${cohort}” and the results of 2 participants.`)).toBeVisible();
  await expect(card).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Cohorts', exact: true })).toBeFocused();
  await expect(otherCard.getByRole('row')).toHaveCount(2);
  await expect(otherCard).toContainText('W-01');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card.getByRole('row')).toHaveCount(3);
  await expect(card.getByRole('heading', { name: cohort })).toBeFocused();

  // Deleted again, and the other cohort too: a clear empty state, still accessible.
  for (const [region, name, count] of [[card, cohort, 2], [otherCard, other, 1]] as const) {
    await region.getByRole('button', { name: `Delete this cohort and its results: ${name}` }).click();
    await region.getByRole('button', { name: 'Yes, delete the cohort and its results' }).click();
    await expect(page.getByText(`Deleted the cohort “${name}” and the results of ${count === 1 ? '1 participant' : `${count} participants`}.`)).toBeVisible();
  }
  await expect(page.getByText('No cohorts on this computer.')).toBeVisible();
  await checkA11y(page, 'training page with no cohorts');
  await page.getByRole('link', { name: 'Results for training managers' }).click();
  await expect(page.getByText('0 participants, 0 finished.')).toBeVisible();
});
