/**
 * A reviewer's working day, start to finish, in one review: three engagements across two
 * sectors, a passage coded in each (in the two-agency workshop, with who said it, and a
 * second whose speaker is not known), two findings drawn from those passages (one resting
 * on a single voice, counted honestly: only the agency heard, never both in the room), two
 * recommendations answering them, two actions with an update. Then a reload, and
 * everything is where it was. axe-core runs on every screen on the way.
 */
import type { Page } from '@playwright/test';
import { checkA11y, expect, test } from './fixtures.ts';
import { openApp } from './app.ts';
import { addAgency, addEngagement, allSaved, backToTimetable, createReview, dragAcross, notesField, openStage, type NewEngagement } from './reviewPages.ts';

interface Passage { passage: string; theme: string; passageKind: string; speaker?: string }

const ENGAGEMENTS: Array<NewEngagement & Passage & { notes: string }> = [
  {
    kind: 'Interview', date: '2026-03-03', title: 'Neighbourhood sergeants', agencies: ['Eastmoor Police'], roles: ['Police sergeant'], participants: 2,
    notes: 'Sergeants said runners are picked up at the bus station after dark.\nThey rarely hear back after a referral.',
    passage: 'runners are picked up at the bus station after dark', theme: 'County lines', passageKind: 'Gap',
  },
  {
    kind: 'Focus group', date: '2026-03-04', title: 'Heads of year', agencies: ['Eastmoor Academy'], roles: ['Head of year'], participants: 5,
    notes: 'Heads of year: pupils excluded in Year 9 hang around the bus station.\nThe academy runs a good mentoring scheme.',
    passage: 'pupils excluded in Year 9 hang around the bus station', theme: 'County lines', passageKind: 'Gap',
  },
  {
    kind: 'Workshop', date: '2026-03-05', title: 'Safeguarding leads', agencies: ['Eastmoor Police', 'Eastmoor Academy'], roles: ['Safeguarding lead'], participants: 8,
    notes: 'A head of year said nobody shares the list of missing episodes.\nIdea from the floor: a weekly joint list.',
    passage: 'nobody shares the list of missing episodes', theme: 'Information sharing and communication', passageKind: 'Barrier', speaker: 'Eastmoor Academy',
  },
];
/** A second passage from the workshop: nobody noted who said it. */
const UNATTRIBUTED: Passage = { passage: 'a weekly joint list', theme: 'Information sharing and communication', passageKind: 'Context', speaker: 'Not known' };

const FINDINGS = {
  busStation: 'Children at risk gather at the bus station and no agency owns the place',
  missing: 'Missing-episode information is not shared between police and schools',
};
const RECOMMENDATIONS = {
  busStation: 'Agree a joint place plan for the bus station',
  missing: 'Share a weekly list of missing episodes',
};
const ACTIONS = {
  patrol: 'Run a joint evening patrol and outreach at the bus station',
  list: 'Set up the weekly missing-episodes list',
};

const finding = (page: Page, title: string) => page.getByRole('article', { name: title });
const actionCard = (page: Page, description: string) => page.getByRole('article', { name: description });

async function openAnalyseView(page: Page, view: 'Code passages' | 'Evidence' | 'Coverage map' | 'Findings'): Promise<void> {
  await page.getByRole('navigation', { name: 'Analyse views' }).getByRole('link', { name: view }).click();
}

async function codePassage(page: Page, engagement: (typeof ENGAGEMENTS)[number], coded: Passage = engagement): Promise<void> {
  await openAnalyseView(page, 'Code passages');
  await page.getByRole('link', { name: engagement.title, exact: true }).click();
  const notes = page.getByRole('textbox', { name: 'Notes' });
  await expect(notes).toBeFocused();
  const agencies = engagement.agencies ?? [];
  await dragAcross(notes, coded.passage);
  await page.getByRole('button', { name: 'Code selected passage' }).click();
  const form = page.getByRole('dialog', { name: 'Code this passage' }).getByRole('form', { name: 'Code this passage' });
  await form.getByRole('group', { name: 'Themes' }).getByLabel(coded.theme, { exact: true }).check();
  await form.getByRole('group', { name: 'Kind of passage' }).getByLabel(coded.passageKind, { exact: true }).check();
  if (coded.speaker) {
    // Several agencies were there: who said it is asked, and nothing is chosen for the reviewer.
    const who = form.getByRole('group', { name: 'Who said it?' });
    await expect(who.getByRole('radio')).toHaveCount(agencies.length + 1);
    await expect(who.getByRole('radio', { checked: true })).toHaveCount(0);
    await who.getByLabel(coded.speaker, { exact: true }).check();
  } else {
    await expect(form.getByTestId('new-passage-speaker')).toHaveText(`Who said it: ${agencies[0]} (the only agency in this engagement)`);
  }
  await form.getByLabel('May be quoted in reports (anonymised, attributed to a sector)').check();
  await form.getByRole('button', { name: 'Code passage' }).click();
  await expect(notes.locator('mark', { hasText: coded.passage })).toHaveText(coded.passage);
  await expect(page.getByRole('list', { name: /^Coded passages/ }).getByRole('listitem').filter({ hasText: coded.passage }))
    .toContainText(`Who said it: ${coded.speaker ?? agencies[0]}`);
}

async function findingFrom(page: Page, passages: readonly string[], title: string): Promise<void> {
  await openAnalyseView(page, 'Evidence');
  for (const passage of passages) await page.getByRole('checkbox', { name: new RegExp(`^${passage}`) }).check();
  const count = passages.length;
  await page.getByRole('button', { name: `Make a finding from ${count} selected passage${count === 1 ? '' : 's'}` }).click();
  const form = page.getByRole('form', { name: `Make a finding from ${count} passage${count === 1 ? '' : 's'}` });
  await form.getByLabel('Title').fill(title);
  await form.getByRole('button', { name: 'Add finding' }).click();
  await expect(finding(page, title)).toBeFocused();
}

async function addRecommendation(page: Page, title: string, lead: string, answers: string): Promise<void> {
  await page.getByRole('button', { name: 'Add a recommendation', exact: true }).click();
  const form = page.getByRole('form', { name: 'Add a recommendation' });
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Lead agency').selectOption({ label: lead });
  await form.getByRole('group', { name: 'Findings this answers' }).getByLabel(answers).check();
  await form.getByRole('button', { name: 'Add recommendation' }).click();
  await expect(form).toBeHidden();
}

async function addAction(page: Page, recommendation: number, description: string, owner: string): Promise<void> {
  await page.getByRole('button', { name: `Add an action to recommendation ${recommendation}` }).click();
  const form = page.getByRole('form', { name: `Add an action to recommendation ${recommendation}` });
  await form.getByLabel('What will be done').fill(description);
  await form.getByLabel('Owner agency').selectOption({ label: owner });
  const due = form.getByRole('group', { name: 'Due date (optional)' });
  await due.getByLabel('Day').fill('30');
  await due.getByLabel('Month').fill('9');
  await due.getByLabel('Year').fill('2027');
  await form.getByRole('button', { name: 'Add action' }).click();
  await expect(actionCard(page, description)).toBeFocused();
}

test('a reviewer’s day: engage, code, find, recommend, plan — and all of it survives a reload', async ({ page }) => {
  // A long journey with many accessibility checks; each check can take seconds on a busy runner.
  test.setTimeout(360_000);
  await openApp(page);
  await createReview(page, { title: 'Eastmoor Local Review', area: 'Eastmoor', commissioner: 'Safer Eastmoor Partnership' });
  await addAgency(page, 'Eastmoor Police', 'Police');
  await addAgency(page, 'Eastmoor Academy', 'Education');
  await allSaved(page);
  await checkA11y(page, 'scope');

  // Engage: three engagements across two sectors, notes typed for each.
  await openStage(page, 'Engage');
  for (const engagement of ENGAGEMENTS) {
    await addEngagement(page, engagement);
    await notesField(page).fill(engagement.notes);
    await allSaved(page);
    await backToTimetable(page);
  }
  await expect(page.getByText('Every sector in scope has been engaged.')).toBeVisible();
  await checkA11y(page, 'engage timetable');

  // Analyse: a passage coded in each engagement.
  await openStage(page, 'Analyse');
  await checkA11y(page, 'analyse: engagements to code');
  for (const engagement of ENGAGEMENTS) await codePassage(page, engagement);
  await codePassage(page, ENGAGEMENTS[2]!, UNATTRIBUTED);
  await checkA11y(page, 'analyse: coding view');

  // Coverage: each passage under the sector of whoever said it; the unattributed one apart, never under both sectors.
  await openAnalyseView(page, 'Coverage map');
  const map = page.getByRole('table', { name: /^Coded passages by theme and sector/ });
  await expect(map.getByRole('columnheader')).toHaveText(['Theme', 'Police', 'Education', 'Not attributed', 'All sectors']);
  const row = (theme: string) => map.getByRole('row').filter({ has: page.getByRole('rowheader', { name: theme, exact: true }) });
  const cells = (texts: string[]) => texts.map((t) => (/^\d+$/.test(t) ? new RegExp(`^${t}( |$)`) : t));
  await expect(row('County lines').getByRole('cell')).toHaveText(cells(['1', '1', '0', '2']));
  await expect(row('Information sharing and communication').getByRole('cell')).toHaveText(cells(['None', '1', '1', '2']));
  await checkA11y(page, 'analyse: coverage map');

  // Findings: one from two engagements' passages, one from the workshop alone (a single voice).
  await findingFrom(page, [ENGAGEMENTS[0]!.passage, ENGAGEMENTS[1]!.passage], FINDINGS.busStation);
  await checkA11y(page, 'analyse: evidence and findings');
  await findingFrom(page, [ENGAGEMENTS[2]!.passage, UNATTRIBUTED.passage], FINDINGS.missing);
  await expect(finding(page, FINDINGS.busStation)).toContainText('2 passages from 2 engagements; heard from 2 agencies in 2 sectors.');
  await expect(finding(page, FINDINGS.busStation).getByText('Single voice')).toHaveCount(0);
  // Both agencies sat in the workshop, but only the academy was heard: no credit to the police.
  await expect(finding(page, FINDINGS.missing)).toContainText('2 passages from 1 engagement; heard from 1 agency in 1 sector; 1 passage not attributed.');
  await expect(finding(page, FINDINGS.missing)).toContainText('Single voice');
  await checkA11y(page, 'analyse: findings');

  // Recommend: two recommendations answer the two findings; nothing is left unanswered.
  await openStage(page, 'Recommend');
  await expect(page.getByTestId('recommend-summary')).toContainText('Unanswered gaps and barriers: 2');
  await addRecommendation(page, RECOMMENDATIONS.busStation, 'Eastmoor Police', FINDINGS.busStation);
  await addRecommendation(page, RECOMMENDATIONS.missing, 'Eastmoor Academy', FINDINGS.missing);
  await expect(page.getByTestId('recommend-summary')).toContainText('Unanswered gaps and barriers: 0');
  await expect(page.getByText('Every gap and barrier is answered by a recommendation')).toBeVisible();
  await checkA11y(page, 'recommend');

  // Follow-up: an action under each, and an update that puts one at risk.
  await openStage(page, 'Follow-up');
  await addAction(page, 1, ACTIONS.patrol, 'Eastmoor Police');
  await addAction(page, 2, ACTIONS.list, 'Eastmoor Academy');
  await actionCard(page, ACTIONS.list).getByRole('button', { name: /^Add an update/ }).click();
  const update = page.getByRole('form', { name: `Add an update to: ${ACTIONS.list}` });
  await update.getByLabel('What has happened').fill('The academy has no data officer until April.');
  await update.getByLabel('Status now').selectOption({ label: 'At risk' });
  await update.getByRole('button', { name: 'Add update' }).click();
  await expect(actionCard(page, ACTIONS.list).getByRole('definition').nth(2)).toHaveText('At risk');
  await expect(page.getByTestId('plan-summary')).toHaveText('2 actions: 1 at risk, 1 not started; none overdue');
  await checkA11y(page, 'follow-up');

  // Reload: everything is still there, stage by stage.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Follow-up' })).toBeVisible();
  await expect(page.getByTestId('plan-summary')).toHaveText('2 actions: 1 at risk, 1 not started; none overdue');
  await actionCard(page, ACTIONS.list).getByText('Update history (1)').click();
  await expect(actionCard(page, ACTIONS.list)).toContainText('The academy has no data officer until April.');

  await openStage(page, 'Recommend');
  await expect(page.getByRole('list', { name: 'Recommendations in number order' }).getByRole('heading', { level: 3 }))
    .toHaveText([`Recommendation 1: ${RECOMMENDATIONS.busStation}`, `Recommendation 2: ${RECOMMENDATIONS.missing}`]);

  await openStage(page, 'Analyse');
  for (const [i, engagement] of ENGAGEMENTS.entries()) {
    await expect(page.getByRole('row', { name: new RegExp(engagement.title) }).getByRole('cell').nth(3)).toHaveText(i === 2 ? '2' : '1');
  }
  await openAnalyseView(page, 'Findings');
  await expect(finding(page, FINDINGS.busStation)).toContainText('2 passages from 2 engagements; heard from 2 agencies in 2 sectors.');
  await expect(finding(page, FINDINGS.missing)).toContainText('heard from 1 agency in 1 sector; 1 passage not attributed.');
  await expect(finding(page, FINDINGS.missing)).toContainText('Single voice');

  await openStage(page, 'Engage');
  await expect(page.getByText('3 engagements.')).toBeVisible();
});
