/**
 * `npm run bench`: the Node measurements at S, L and XL, each beside its floor, printed
 * as a table with the budgets' verdicts and written to bench/results/ (ignored by git).
 * Run `npm run bench -- S L` to pick scales. The Chromium half runs after this one
 * (bench/browser/), from the same npm script.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { SCALES } from '../test/generate/generateReview.ts';
import { browserVerdicts, runBrowser } from './browser/index.ts';
import { STAGE_BUDGETS } from './browser/budgets.ts';
import { runStagesBrowser } from './browser/stages.ts';
import { runEncryptionBrowser } from './browser/encryption.ts';
import { runHardening } from './hardening.ts';
import { runNetworkBrowser } from './browser/network.ts';
import { runNetworkNode } from './network/networkNode.ts';
import { runNode } from './node.ts';
import { formatTable, verdicts } from './table.ts';

const asked = process.argv.slice(2).filter((a) => a in SCALES) as Array<keyof typeof SCALES>;
const scales = asked.length ? asked : (['S', 'L', 'XL'] as const);
console.log(`Node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)}; scales ${scales.join(', ')}`);
const rows = await runNode(scales, (line) => console.log(line));
rows.push(...runNetworkNode((line) => console.log(line)));
// The Chromium half measures the L review only, so `npm run bench -- S` leaves it out.
if (scales.includes('L')) {
  rows.push(...(await runBrowser((line) => console.log(line))));
  rows.push(...(await runEncryptionBrowser('L', (line) => console.log(line))));
  rows.push(...(await runNetworkBrowser((line) => console.log(line))));
}
// Hostile and huge inputs and the long fuzz run (FUZZ_RUNS per format), with the XL review.
const hardening = scales.includes('XL') ? await runHardening((line) => console.log(line)) : undefined;
if (hardening) rows.push(...hardening.rows);
// Each screen's first paint at 3,000 engagements (issue 12).
if (scales.includes('XL')) rows.push(...(await runStagesBrowser((line) => console.log(line))));
const table = formatTable(rows);
const checks = [...verdicts(rows), ...browserVerdicts(rows), ...(scales.includes('XL') ? browserVerdicts(rows, STAGE_BUDGETS) : [])];
console.log(`\n${table}\n\n${checks.join('\n')}`);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
const file = new URL(`./results/node-${new Date().toISOString().replace(/[:.]/g, '-')}.json`, import.meta.url);
writeFileSync(file, `${JSON.stringify({ node: process.version, cores: cpus().length, loadAverage: loadavg(), rows, verdicts: checks, fuzz: hardening?.fuzz }, null, 2)}\n`);
console.log(`\nWritten ${file.pathname}`);
