/**
 * Taking the training course the way a participant does: reading each screen, choosing by
 * the labels on screen, and pressing the buttons. The answer key comes from the shipped
 * course file, so a strategy can answer right, or pick the first choice, on purpose.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { checkA11y, expect } from './fixtures.ts';

interface CourseJson {
  modules: Array<{
    questions: Array<{ prompt: string; choices: Array<{ id: string; text: string }>; correct: string[] }>;
    scenarios: Array<{ steps: Array<{ situation: string; choices: Array<{ text: string; best: boolean }> }> }>;
  }>;
}

export const COURSE = JSON.parse(readFileSync(new URL('../../templates/training/county-lines-working-knowledge.json', import.meta.url), 'utf8')) as CourseJson;

const questionByPrompt = new Map(COURSE.modules.flatMap((m) => m.questions.map((q) => [q.prompt, q] as const)));
const stepBySituation = new Map(COURSE.modules.flatMap((m) => m.scenarios.flatMap((s) => s.steps.map((st) => [st.situation, st] as const))));

/** How a participant answers: every item right, or always the first choice (a wrong one in scenarios). */
export type Strategy = 'right' | 'first';

/** The texts to tick for the item whose legend is `legend`. */
export function choicesFor(legend: string, strategy: Strategy): string[] {
  const q = questionByPrompt.get(legend);
  if (q) return strategy === 'right' ? q.choices.filter((c) => q.correct.includes(c.id)).map((c) => c.text) : [q.choices[0]!.text];
  const step = stepBySituation.get(legend);
  if (!step) throw new Error(`No item on screen matches "${legend}"`);
  return [step.choices.find((c) => c.best === (strategy === 'right'))!.text];
}

export interface TakeOptions {
  /** The check before the course is answered this way (default: first choice). */
  preStrategy?: Strategy;
  /** Stop (to resume later) after this many answers. */
  stopAfter?: number;
  /** Run axe on the first screen of each kind. */
  a11y?: boolean;
  /** Collects the text of each module introduction met, to check the teaching text is shown. */
  intros?: string[];
}

/** Works through the attempt on screen until its result (or `stopAfter` answers). Returns answers given. */
export async function takeCourse(page: Page, strategy: Strategy, { preStrategy = 'first', stopAfter = Infinity, a11y = false, intros }: TakeOptions = {}): Promise<number> {
  const submit = page.getByRole('button', { name: 'Submit answer' });
  const intro = page.getByRole('button', { name: /^Start the question/ });
  const onward = page.getByRole('button', { name: /^(Next|Continue the scenario|Finish the scenario)$/ });
  // The app ends on the result; the standalone page on saving the results file.
  const done = page.getByRole('button', { name: 'Download certificate' }).or(page.getByRole('link', { name: 'Save your results file' }));
  const checked = new Set<string>();
  const axe = async (kind: string) => {
    if (!a11y || checked.has(kind)) return;
    checked.add(kind);
    await checkA11y(page, `course screen: ${kind}`);
  };
  let answers = 0;
  for (let turn = 0; turn < 200; turn++) {
    await expect(submit.or(intro).or(onward).or(done)).toBeVisible();
    if (await done.isVisible()) { await axe('result'); return answers; }
    if (await intro.isVisible()) {
      await axe('module introduction');
      intros?.push((await page.locator('main').textContent()) ?? '');
      await intro.click();
      continue;
    }
    if (await onward.isVisible()) { await axe('feedback'); await onward.click(); continue; }
    if (answers >= stopAfter) return answers;
    const legend = ((await page.locator('fieldset legend').first().textContent()) ?? '').trim();
    const caption = (await page.locator('.govuk-caption-m').first().textContent()) ?? '';
    const isPre = caption.startsWith('Check before');
    await axe(isPre ? 'check' : caption.includes('scenario') ? 'scenario step' : 'question');
    if (turn === 0 && a11y) {
      // An empty answer is refused beside the choices, and the refusal is accessible too.
      await submit.click();
      await expect(page.getByRole('alert')).toContainText('Select');
      await axe('refused answer');
    }
    for (const text of choicesFor(legend, isPre ? preStrategy : strategy)) await page.getByLabel(text, { exact: true }).check();
    await submit.click();
    // The answered item leaves the screen (for feedback, the next item or the end) before the next turn reads it.
    await expect(page.locator('fieldset legend').filter({ hasText: legend })).toHaveCount(0);
    answers += 1;
  }
  throw new Error('The course did not end');
}

/** Clicks `click` and saves the download under test-results; returns its path and name. */
export async function saveDownload(page: Page, click: () => Promise<void>, dir: string): Promise<{ file: string; name: string; download: Download }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = `${dir}/${Date.now()}-${download.suggestedFilename()}`;
  await download.saveAs(file);
  return { file, name: download.suggestedFilename(), download };
}

/** Opens Training and starts a cohort taking `modules` (their titles). */
export async function startCohort(page: Page, name: string, modules: string[]): Promise<void> {
  await page.getByRole('banner').getByRole('link', { name: 'Training' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'County lines and exploitation: a working knowledge' })).toBeVisible();
  await page.getByLabel('Cohort name').fill(name);
  const boxes = page.getByRole('group', { name: 'Modules this cohort takes' }).getByRole('checkbox');
  for (const box of await boxes.all()) {
    const label = await box.evaluate((input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? '');
    if (modules.includes(label)) await box.check(); else await box.uncheck();
  }
  await page.getByRole('button', { name: 'Start cohort' }).click();
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
}

/** Adds a participant to the cohort named `cohort`; their attempt opens. */
export async function addParticipant(page: Page, cohort: string, code: string, sector: string, role: string): Promise<void> {
  const card = page.getByRole('region', { name: cohort, exact: true });
  // The form stays open after a refusal; the summary toggles it.
  if (!(await card.getByLabel('Participant code').isVisible())) await card.getByText(`Add a participant to ${cohort}`).click();
  await card.getByLabel('Participant code').fill(code);
  await card.getByLabel('Sector').selectOption({ label: sector });
  await card.getByLabel('Role').fill(role);
  await card.getByRole('button', { name: 'Start this participant' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Participant ${code}` })).toBeVisible();
}
