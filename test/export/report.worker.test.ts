/**
 * The Word report builder bundled by Vite for the browser and run in a module Web Worker
 * in Chromium: no Node built-ins, no Buffer, no DOM. Pages are served by route
 * interception, so nothing touches the network.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, QUIET_CHROMIUM_ARGS } from '../helpers/chromium.ts';

const hasChromium = existsSync(CHROMIUM_PATH);
if (!hasChromium) console.warn(`Skipping the Web Worker build of the report: no Chromium at ${CHROMIUM_PATH} (set CHROME_PATH).`);

const dir = mkdtempSync(join(tmpdir(), 'report-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!hasChromium)('the Word report in a Web Worker', () => {
  it('builds the sample report in Chromium, reporting progress', async () => {
    await build({
      configFile: false,
      logLevel: 'silent',
      build: { outDir: dir, emptyOutDir: true, minify: false, lib: { entry: new URL('./reportWorkerEntry.ts', import.meta.url).pathname, formats: ['es'], fileName: 'worker' } },
    });
    const code = readFileSync(join(dir, 'worker.js'), 'utf8');
    expect(code).not.toMatch(/from ["']node:/);
    const sample = JSON.parse(readFileSync(new URL('../../templates/samples/sallowmere.review.json', import.meta.url), 'utf8'));
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...QUIET_CHROMIUM_ARGS] });
    try {
      const page = await browser.newPage();
      await page.route('**/*', (route) => route.request().url().endsWith('/worker.js')
        ? route.fulfill({ contentType: 'text/javascript', body: code })
        : route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Worker</title>' }));
      await page.goto('http://report.test/');
      const result = await page.evaluate((file) => new Promise<Record<string, unknown>>((resolve) => {
        const worker = new Worker('/worker.js', { type: 'module' });
        const steps: string[] = [];
        worker.onerror = (event) => resolve({ error: event.message || 'the worker failed to start' });
        worker.onmessage = (event) => {
          if (event.data.progress) steps.push(event.data.progress);
          else resolve({ ...event.data, steps });
        };
        worker.postMessage(file);
      }), sample);
      expect(result.error).toBeUndefined();
      expect(result).toMatchObject({ zip: 'PK', buffer: 'undefined' });
      expect(result.length).toBeGreaterThan(20_000);
      expect(result.steps).toEqual(expect.arrayContaining(['Reading the review', 'Writing the findings', 'Packaging the document', 'Done']));
    } finally {
      await browser.close();
    }
  }, 90_000);
});
