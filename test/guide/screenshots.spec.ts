/**
 * Takes the user guide's screenshots (docs/guide/images/) from the sample review, imported
 * through the app's own import flow: run by `npm run guide:screenshots`, never by the test
 * suite (its config, playwright.guide.config.ts, is separate), so the pictures change only
 * when someone regenerates them.
 */
import { openApp } from '../e2e/app.ts';
import { expect, test } from '../e2e/fixtures.ts';
import { importFile } from '../e2e/reviewFilePages.ts';
import { sampleWithLineage, SCENES } from './scenes.ts';
import { SHOTS } from './shots.ts';

test('the guide’s screenshots, from the sample review', async ({ page }) => {
  test.setTimeout(600_000);
  await page.setViewportSize({ width: 1200, height: 820 });
  await openApp(page);
  await importFile(page, sampleWithLineage());
  await expect(page.getByText(/^Imported “Sallowmere/)).toBeVisible();
  for (const shot of SHOTS) {
    await test.step(shot.file, async () => {
      await openApp(page, `/#${shot.route}`);
      if (shot.scene) await SCENES[shot.scene](page);
      await expect(page.getByRole('heading', { level: 1, name: shot.heading })).toBeVisible();
      if (shot.search) {
        await page.getByRole('searchbox', { name: 'Search this review' }).fill(shot.search);
        await expect(page.getByRole('status').filter({ hasText: /results? for/ })).toBeVisible();
      }
      // Let fonts, charts and focus settle; then the visible window only, as a reviewer sees it.
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(300);
      await page.screenshot({ path: `docs/guide/images/${shot.file}`, animations: 'disabled', caret: 'hide' });
    });
  }
});
