/**
 * The encryption measures in Chromium (its real IndexedDB and Web Crypto), outside the
 * app's UI. `npm run bench` runs them at L; on their own: `npx tsx bench/browser/encryptionMain.ts [S|L]`.
 * The measures are bundled with esbuild, served on 127.0.0.1 and run in the page; nothing
 * else is loaded.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generateReview, SCALES } from '../../test/generate/generateReview.ts';
import { summarise } from '../stats.ts';
import type { Row } from '../node.ts';
import { guardedContext, launchChromium } from './chromium.ts';

const RUNS = 5;

/** Import and whole-review reads, encrypted beside plain, and unlock, in one Chromium. */
export async function runEncryptionBrowser(scale: keyof typeof SCALES, log: (line: string) => void): Promise<Row[]> {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('./encryptionPage.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
  });
  const script = bundle.outputFiles[0]!.text;
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>bench</title><script src="/bench.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  const problems: string[] = [];
  try {
    log(`Chromium, encryption at rest (${scale}): import and reads, encrypted beside plain, and unlock…`);
    const page = await (await guardedContext(browser, origin, problems)).newPage();
    await page.goto(`${origin}/`);
    const json = JSON.stringify(generateReview(SCALES[scale]));
    const s = await page.evaluate(
      ([text, runs]) => (globalThis as unknown as { runEncryptionBench: (t: string, r: number) => Promise<Record<string, number[]>> }).runEncryptionBench(text, runs),
      [json, RUNS] as const,
    );
    if (problems.length) log(`Problems:\n${problems.join('\n')}`);
    return [
      { name: `${scale}: import, encrypted (Chromium)`, ours: summarise(s.importEnc!), floorName: 'plain import', floor: summarise(s.importPlain!) },
      { name: `${scale}: read whole review, encrypted, cold (Chromium)`, ours: summarise(s.readCold!), floorName: 'plain read', floor: summarise(s.readPlain!) },
      { name: `${scale}: read whole review, encrypted, warm (Chromium)`, ours: summarise(s.readWarm!), floorName: 'plain read', floor: summarise(s.readPlain!) },
      { name: 'unlock, PBKDF2 600,000 (Chromium)', ours: summarise(s.unlock!) },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}
