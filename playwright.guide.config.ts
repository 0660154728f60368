/**
 * Only for `npm run guide:screenshots`: the browser project of playwright.config.ts pointed
 * at test/guide, so the test suite never takes (or changes) the guide's screenshots.
 */
import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

const chromium = base.projects?.find((project) => project.name === 'chromium');
if (!chromium) throw new Error('playwright.config.ts has no chromium project');

export default defineConfig({
  ...base,
  workers: 1,
  projects: [{ ...chromium, name: 'guide', testDir: 'test/guide' }],
});
