/** The framework rows alone: `npx tsx bench/framework.ts`. */
import { frameworkRows } from './frameworkBench.ts';
import { formatTable, verdicts } from './table.ts';

const rows = await frameworkRows(5, (line) => console.log(line));
console.log(`\n${formatTable(rows)}\n\n${verdicts(rows).join('\n')}`);
