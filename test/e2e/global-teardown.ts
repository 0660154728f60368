/**
 * Summarises the run's network log (one JSON line per request, written by fixtures.ts):
 * prints `Network: N requests recorded, all to 127.0.0.1`, or fails the run listing
 * every request that went anywhere else.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { FullConfig } from '@playwright/test';
import { isAllowedRequestUrl, NETWORK_LOG_PATH, type NetworkLogEntry } from './networkGuard.ts';

export default function globalTeardown(config: FullConfig): void {
  const lines = existsSync(NETWORK_LOG_PATH)
    ? readFileSync(NETWORK_LOG_PATH, 'utf8').split('\n').filter((line) => line.trim() !== '')
    : [];
  const baseURL = config.projects.find((project) => project.use.baseURL)?.use.baseURL;
  const origin = baseURL ? new URL(baseURL).origin : undefined;

  const offHost: string[] = [];
  for (const [index, line] of lines.entries()) {
    let entry: NetworkLogEntry;
    try {
      entry = JSON.parse(line) as NetworkLogEntry;
    } catch {
      offHost.push(`unreadable line ${index + 1} of ${NETWORK_LOG_PATH}: ${line.slice(0, 200)}`);
      continue;
    }
    // Trust neither side alone: the fixture's verdict and a re-check against the run's origin.
    const allowed = entry.allowed && (origin === undefined || isAllowedRequestUrl(entry.url, origin));
    if (!allowed) offHost.push(`${entry.method} ${entry.url}  (${entry.project} › ${entry.test})`);
  }

  if (offHost.length > 0) {
    throw new Error(
      `Network: ${lines.length} requests recorded, ${offHost.length} NOT to 127.0.0.1:\n  ${offHost.join('\n  ')}`,
    );
  }
  console.log(`Network: ${lines.length} requests recorded, all to 127.0.0.1`);
}
