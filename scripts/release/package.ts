/**
 * `npm run package` (this platform) and `npm run package:win|mac|linux`: checks what
 * packaging needs, builds, writes the SBOM beside the installers, runs electron-builder
 * with electron-builder.config.cjs, then reads the fuses back from what it built.
 * Where Electron's binaries cannot be downloaded it says so and exits 1; it never
 * pretends. `.ci/run` never calls it.
 */
import { spawnSync } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { readFileSync } from 'node:fs';
import { CONFIG_FILE } from './builderConfig.ts';
import { electronCacheDir, preflightProblems, type TargetPlatform } from './preflight.ts';

const HOST: Record<string, TargetPlatform> = { win32: 'win', darwin: 'mac', linux: 'linux' };
const requested = process.argv.slice(2).filter((arg): arg is TargetPlatform => ['win', 'mac', 'linux'].includes(arg));
const host = HOST[process.platform];
const targets: TargetPlatform[] = requested.length > 0 ? requested : host ? [host] : [];
if (targets.length === 0) {
  console.error(`Cannot package: no installer is configured for ${process.platform}.`);
  process.exit(1);
}

const electronVersion = (JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }).version;
const problems = await preflightProblems({
  root: process.cwd(),
  targets,
  electronVersion,
  cacheDir: electronCacheDir(),
  canReachDownloads: () => lookup('github.com').then(() => true, () => false),
});
if (problems.length > 0) {
  console.error(`Cannot package Local Review for ${targets.join(', ')}; nothing was built:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  console.log(`\n==> ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' }).status ?? 1;
}

if (run('npm', ['run', 'build']) !== 0) process.exit(1);
if (run('npm', ['run', 'sbom', '--', '--output-dir', 'release']) !== 0) process.exit(1);

const signing = ['CSC_LINK', 'WIN_CSC_LINK', 'CSC_NAME', 'LOCAL_REVIEW_WIN_CERT_SHA1', 'LOCAL_REVIEW_WIN_CERT_SUBJECT'].some((name) => process.env[name]);
if (!signing) console.log('\nNo signing variables set (see docs/guide/it.md): the installers will be unsigned.');
const env = { ...process.env, ...(!signing && { CSC_IDENTITY_AUTO_DISCOVERY: 'false' }) };
const platformFlags = targets.map((target) => `--${target}`);
if (run('npx', ['electron-builder', '--config', CONFIG_FILE, ...platformFlags, '--publish', 'never'], env) !== 0) {
  console.error('\nelectron-builder failed (its message is above). If it could not download Electron, package on a machine with internet access or fill Electron\'s cache; see docs/guide/it.md.');
  process.exit(1);
}
process.exit(run('npx', ['tsx', 'scripts/release/check-fuses.ts']));
