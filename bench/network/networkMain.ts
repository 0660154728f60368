/** The peer-network rows on their own (issue 15): `npx tsx bench/network/networkMain.ts [--node-only]`. */
import { runNetworkBrowser } from '../browser/network.ts';
import { formatTable, verdicts } from '../table.ts';
import { runNetworkNode } from './networkNode.ts';

const log = (line: string) => console.log(line);
const rows = runNetworkNode(log);
if (!process.argv.includes('--node-only')) rows.push(...(await runNetworkBrowser(log)));
console.log(`${formatTable(rows)}\n\n${verdicts(rows).join('\n')}`);
