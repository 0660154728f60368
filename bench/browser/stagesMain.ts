/** The XL screens on their own: `npx tsx bench/browser/stagesMain.ts` (BENCH_STAGE_RUNS=1 for one run; BENCH_STAGE_ONLY=import for the import rows alone). */
import { formatTable } from '../table.ts';
import { browserVerdicts, STAGE_BUDGETS } from './budgets.ts';
import { runStagesBrowser } from './stages.ts';

const rows = await runStagesBrowser((line) => console.log(line));
console.log(`\n${formatTable(rows)}\n\n${browserVerdicts(rows, STAGE_BUDGETS).join('\n')}`);
