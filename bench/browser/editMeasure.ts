/**
 * A saved edit reaching the screen, at L: on the Scope stage a new theme is added through
 * its form, timed in the page from the click on "Add theme" to the frame that shows the
 * new theme's row. That span holds the validated write in one strict transaction (with
 * encryption), the live query re-reading the review, and the re-render of what changed.
 */
import type { Page } from 'playwright-core';

const EDITS = 7;

/** Runs in the page: resolves with the ms from the Add click to the new row on screen. */
function timeAdd(name: string): Promise<number> {
  return new Promise<number>((resolve) => {
    document.addEventListener('click', (event) => {
      const clickedAt = event.timeStamp;
      const shown = () => [...document.querySelectorAll<HTMLInputElement>('input[id^="theme-"]')].some((input) => input.value === name);
      void window.__bench.whenOnScreen(shown).then((shownAt) => resolve(shownAt - clickedAt));
    }, { capture: true, once: true });
  });
}

export async function measureEdits(page: Page, reviewId: string): Promise<number[]> {
  await page.evaluate((hash) => { window.location.hash = hash; }, `#/reviews/${reviewId}/scope`);
  await page.getByRole('heading', { level: 1, name: 'Scope' }).waitFor();
  const samples: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const name = `Bench theme ${i + 1}`;
    await page.getByLabel('Theme name', { exact: true }).fill(name);
    const timing = page.evaluate(timeAdd, name);
    await page.getByRole('button', { name: 'Add theme' }).click();
    samples.push(await timing);
    await page.waitForTimeout(300);
  }
  return samples;
}
