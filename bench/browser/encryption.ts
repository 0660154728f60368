/**
 * The encryption measures in Chromium (its real IndexedDB and Web Crypto), outside the
 * app's UI: `npx tsx bench/browser/encryption.ts [S|L]`. The measures are bundled with
 * esbuild, served on 127.0.0.1 and run in the page; nothing else is loaded.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generateReview, SCALES } from '../../test/generate/generateReview.ts';
import { summarise } from '../stats.ts';
import { formatTable, verdicts } from '../table.ts';
import type { Row } from '../node.ts';
import { guardedContext, launchChromium } from './chromium.ts';

const scale = (process.argv.slice(2).find((a) => a in SCALES) ?? 'L') as keyof typeof SCALES;
const RUNS = 5;
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
  const page = await (await guardedContext(browser, origin, problems)).newPage();
  await page.goto(`${origin}/`);
  const json = JSON.stringify(generateReview(SCALES[scale]));
  const s = await page.evaluate(
    ([text, runs]) => (globalThis as unknown as { runEncryptionBench: (t: string, r: number) => Promise<Record<string, number[]>> }).runEncryptionBench(text, runs),
    [json, RUNS] as const,
  );
  const rows: Row[] = [
    { name: `${scale}: import, encrypted (Chromium)`, ours: summarise(s.importEnc!), floorName: 'plain import', floor: summarise(s.importPlain!) },
    { name: `${scale}: read whole review, encrypted, cold (Chromium)`, ours: summarise(s.readCold!), floorName: 'plain read', floor: summarise(s.readPlain!) },
    { name: `${scale}: read whole review, encrypted, warm (Chromium)`, ours: summarise(s.readWarm!), floorName: 'plain read', floor: summarise(s.readPlain!) },
    { name: 'unlock, PBKDF2 600,000 (Chromium)', ours: summarise(s.unlock!) },
  ];
  console.log(`${formatTable(rows)}\n\n${verdicts(rows).join('\n')}`);
  if (problems.length) console.log(`Problems:\n${problems.join('\n')}`);
} finally {
  await browser.close();
  server.close();
}
