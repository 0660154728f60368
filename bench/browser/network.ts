/**
 * The peer-network map in Chromium (issue 15): the first layout of the generated 2,000-
 * person network as the app runs it (its own force layout, then Cytoscape's picture of the
 * whole map, see features/networks/mapView.ts) up to the first frame that shows it, and,
 * after it, real mouse panning and wheel zooming of what shows, with every long task
 * (> 50 ms) recorded. On its own:
 * `npx tsx bench/browser/networkMain.ts`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { compile } from 'sass';
import { generateNetwork } from '../network/generateNetwork.ts';
import { NETWORK_LABEL } from '../network/networkNode.ts';
import { summarise } from '../stats.ts';
import type { Row } from '../node.ts';
import { guardedContext, launchChromium } from './chromium.ts';

const RUNS = 3;

interface BenchPage {
  drawNetworkMap: (files: unknown) => Promise<number>;
  mapShowing: () => string;
  resetLongTasks: () => void;
  longTasksSinceReset: () => Promise<number[]>;
}

export async function runNetworkBrowser(log: (line: string) => void): Promise<Row[]> {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('./networkPage.ts', import.meta.url))], bundle: true, format: 'iife', write: false, target: 'es2022',
  });
  const script = bundle.outputFiles[0]!.text;
  // The map's own styles, so the picture of a big map is laid out and composited as in the app.
  const css = compile(fileURLToPath(new URL('../../renderer/src/features/networks/networks.scss', import.meta.url))).css;
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else if (req.url === '/bench.css') res.writeHead(200, { 'content-type': 'text/css' }).end(css);
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>bench</title><link rel="stylesheet" href="/bench.css"><body></body><script src="/bench.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  const problems: string[] = [];
  try {
    log(`Chromium, ${NETWORK_LABEL}: first layout, then pan and zoom…`);
    const page = await (await guardedContext(browser, origin, problems)).newPage();
    await page.goto(`${origin}/`);
    const files = generateNetwork();
    const layouts: number[] = [];
    const worst: number[] = [];
    let longCount = 0;
    for (let run = 0; run < RUNS; run++) {
      layouts.push(await page.evaluate((f) => (globalThis as unknown as BenchPage).drawNetworkMap(f), files));
      if (run === 0) log(`  the map shows as: ${await page.evaluate(() => (globalThis as unknown as BenchPage).mapShowing())}`);
      await page.evaluate(() => (globalThis as unknown as BenchPage).resetLongTasks());
      // Pan by dragging the background, then zoom in and out with the wheel, as a reviewer would.
      await page.mouse.move(600, 400);
      for (let i = 0; i < 4; i++) {
        await page.mouse.down();
        for (let step = 1; step <= 20; step++) await page.mouse.move(600 + step * 10 * (i % 2 ? -1 : 1), 400 + step * 5);
        await page.mouse.up();
        for (let w = 0; w < 6; w++) await page.mouse.wheel(0, i % 2 ? 120 : -120);
      }
      const tasks = await page.evaluate(() => (globalThis as unknown as BenchPage).longTasksSinceReset());
      longCount += tasks.length;
      worst.push(Math.max(0, ...tasks));
    }
    if (problems.length) log(`Problems:\n${problems.join('\n')}`);
    log(`  long tasks while panning and zooming: ${longCount} over ${RUNS} runs`);
    return [
      { name: `${NETWORK_LABEL}: map first layout (Chromium)`, ours: summarise(layouts) },
      { name: `${NETWORK_LABEL}: longest task panning and zooming (Chromium)`, ours: summarise(worst) },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}
