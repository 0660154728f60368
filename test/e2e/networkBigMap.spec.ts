/**
 * A big peer network (issue 15): above 800 nodes the map shows Cytoscape's picture of the
 * whole map, which drags and wheel-zooms (or moves by keys and buttons) by a transform (see features/networks/mapView.ts)
 * inside the app's Content Security Policy; the PNG export still comes from Cytoscape, and
 * focusing on one person gives the live view again.
 */
import { readFile } from 'node:fs/promises';
import { generateNetwork } from '../../bench/network/generateNetwork.ts';
import { expect, test } from './fixtures.ts';
import { openApp } from './app.ts';
import { openStage } from './reviewPages.ts';

const transformOf = (element: Element) => (element as HTMLElement).style.transform;

test('a big network map pans and zooms its picture, exports a PNG and goes live on focus', async ({ page }) => {
  test.setTimeout(120_000);
  // 600 people, 100 incidents and 200 institutions: 900 nodes, over the 800 of a big map.
  const generated = generateNetwork({ people: 600, incidents: 100, institutions: 200 });
  await openApp(page);
  await page.getByRole('button', { name: 'Open the sample review' }).click();
  await openStage(page, 'Peer networks');
  await page.getByLabel('Title').fill('Big cohort');
  await page.getByRole('button', { name: 'Add the network' }).click();
  await page.getByLabel('Import from the template').setInputFiles(
    Object.entries({ people: generated.people, incidents: generated.incidents, institutions: generated.institutions, links: generated.links })
      .map(([name, text]) => ({ name: `${name}.csv`, mimeType: 'text/csv', buffer: Buffer.from(text) })),
  );
  await expect(page.getByText(/^Imported 600 people, 100 incidents, 200 institutions/)).toBeVisible();

  const map = page.getByRole('img', { name: /^Network map of Big cohort: 900 of 900/ });
  const picture = map.locator('.app-network-map__picture');
  await expect(picture).toBeVisible({ timeout: 30_000 });
  const before = await picture.evaluate(transformOf);
  expect(before).toMatch(/^translate\(.+\) scale\(.+\)$/);

  await map.scrollIntoViewIfNeeded();
  const box = (await map.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 40, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => picture.evaluate(transformOf)).not.toBe(before);
  const panned = await picture.evaluate(transformOf);
  const scaleOf = (transform: string) => Number(/scale\(([^)]+)\)/.exec(transform)![1]);
  await page.mouse.wheel(0, -300);
  await expect.poll(async () => scaleOf(await picture.evaluate(transformOf))).toBeGreaterThan(scaleOf(panned));

  // The same from the keyboard, and from the buttons.
  const translateX = (transform: string) => Number(/translate\(([-\d.e]+)px/.exec(transform)![1]);
  await map.focus();
  await page.keyboard.press('0');
  await expect.poll(() => picture.evaluate(transformOf)).toBe(before);
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => translateX(await picture.evaluate(transformOf))).toBeLessThan(translateX(before));
  await page.keyboard.press('+');
  await expect.poll(async () => scaleOf(await picture.evaluate(transformOf))).toBeGreaterThan(scaleOf(before));
  await page.getByRole('button', { name: 'Show the whole map' }).click();
  await expect.poll(() => picture.evaluate(transformOf)).toBe(before);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(async () => scaleOf(await picture.evaluate(transformOf))).toBeLessThan(scaleOf(before));
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => scaleOf(await picture.evaluate(transformOf))).toBeCloseTo(scaleOf(before), 5);

  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the map as PNG' }).click()]);
  const bytes = await readFile((await png.path())!);
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);

  await page.getByLabel('Focus on one person').selectOption({ label: 'YP7' });
  await expect(page.getByRole('img', { name: /^Network map of Big cohort: \d+ of 900/ }).locator('canvas').first()).toBeVisible();
  await expect(page.locator('.app-network-map__picture')).toHaveCount(0);
});
