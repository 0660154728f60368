/**
 * The system Chromium every browser run here uses (Playwright never downloads one), and
 * the flags that keep Chromium itself quiet: no background, update, sync or QUIC traffic.
 * Shared by the end-to-end config, the Chromium export test and the browser bench.
 */
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const QUIET_CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];
