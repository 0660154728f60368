/**
 * `npm run package:check-fuses`: reads the fuses back from every packaged build under
 * release/ and fails if any differs from electron-builder.config.cjs. Where nothing has
 * been packaged (this machine cannot download Electron), it says so and skips.
 */
import { findPackagedBinaries, fuseProblems } from './fuses.ts';

const releaseDir = process.argv[2] ?? 'release';
const binaries = findPackagedBinaries(releaseDir);
if (binaries.length === 0) {
  console.log(`Skipped: no packaged build under ${releaseDir}/ to read fuses from. Run \`npm run package\` on a machine that can download Electron's binaries, then run this again.`);
  process.exit(0);
}
let failed = false;
for (const binary of binaries) {
  const problems = await fuseProblems(binary);
  if (problems.length === 0) console.log(`Fuses as configured: ${binary}`);
  else {
    failed = true;
    console.error(`Fuses wrong in ${binary}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}
process.exit(failed ? 1 : 0);
