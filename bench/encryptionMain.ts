/**
 * Only the encryption measures, without the rest of `npm run bench`:
 * `npx tsx --expose-gc bench/encryptionMain.ts [S|L|XL]` (default L).
 */
import { cpus, loadavg } from 'node:os';
import { generateReview, SCALES } from '../test/generate/generateReview.ts';
import { encryptionRows } from './encryption.ts';
import { formatTable, verdicts } from './table.ts';

const scale = (process.argv.slice(2).find((a) => a in SCALES) ?? 'L') as keyof typeof SCALES;
console.log(`Node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)}; scale ${scale}`);
const rows = await encryptionRows(scale, generateReview(SCALES[scale]), 5, (line) => console.log(line));
console.log(`\n${formatTable(rows)}\n\n${verdicts(rows).join('\n')}`);
