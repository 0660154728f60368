/** The Chromium encryption measures on their own: `npx tsx bench/browser/encryptionMain.ts [S|L]`. */
import { SCALES } from '../../test/generate/generateReview.ts';
import { formatTable, verdicts } from '../table.ts';
import { runEncryptionBrowser } from './encryption.ts';

const scale = (process.argv.slice(2).find((a) => a in SCALES) ?? 'L') as keyof typeof SCALES;
const rows = await runEncryptionBrowser(scale, (line) => console.log(line));
console.log(`${formatTable(rows)}\n\n${verdicts(rows).join('\n')}`);
