/**
 * `npm run guide:screenshots`: builds the renderer, then takes every screenshot of the user
 * guide from the sample review (test/guide/screenshots.spec.ts, shot list in test/guide/shots.ts)
 * into docs/guide/images/. Uses the system Chromium, like the end-to-end tests; E2E_PORT
 * picks the port if the default is busy.
 */
import { spawnSync } from 'node:child_process';

function run(command: string, args: string[]): void {
  const status = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status;
  if (status !== 0) process.exit(status ?? 1);
}

run('npx', ['vite', 'build']);
run('npx', ['playwright', 'test', '--config', 'playwright.guide.config.ts']);
console.log('Screenshots written to docs/guide/images/.');
