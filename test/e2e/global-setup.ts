/** Starts each run with an empty network log (see fixtures.ts and global-teardown.ts). */
import { rmSync } from 'node:fs';
import { NETWORK_LOG_PATH } from './networkGuard.ts';

export default function globalSetup(): void {
  rmSync(NETWORK_LOG_PATH, { force: true });
}
