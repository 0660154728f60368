/**
 * The browser half on its own: `npx tsx bench/browser/main.ts`. `npm run bench` runs it
 * after the Node half (at scale L) and prints both in one table.
 */
import { formatTable } from '../table.ts';
import { browserVerdicts, runBrowser } from './index.ts';

const rows = await runBrowser((line) => console.log(line));
console.log(`\n${formatTable(rows)}\n\n${browserVerdicts(rows).join('\n')}`);
