import { defineConfig } from '@playwright/test';
import { CHROMIUM_PATH, QUIET_CHROMIUM_ARGS } from './test/helpers/chromium.ts';

// The renderer is served by scripts/serve.mjs from dist/renderer, which `npm run e2e`
// builds first (Playwright never builds). Browsers are never downloaded: the chromium
// project runs the system Chromium (Debian's /usr/bin/chromium unless CHROME_PATH says).
const port = Number(process.env.E2E_PORT ?? 4173);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  throw new Error(`E2E_PORT must be a port number (got "${process.env.E2E_PORT}")`);
}
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  workers: 2,
  retries: 0,
  // Every openApp derives the passphrase's key (PBKDF2, 600,000 rounds) at least once.
  timeout: 60_000,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: 'test-results',
  globalSetup: './test/e2e/global-setup.ts',
  globalTeardown: './test/e2e/global-teardown.ts',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: 'node scripts/serve.mjs',
    url: `${baseURL}/`,
    env: { PORT: String(port) },
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
  projects: [
    {
      name: 'chromium',
      testDir: 'test/e2e',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: [...QUIET_CHROMIUM_ARGS],
        },
      },
    },
    {
      // The Electron shell, driven through Playwright's _electron API by the specs there.
      name: 'electron',
      testDir: 'test/e2e-electron',
    },
  ],
});
