/**
 * `npm run icons`: renders build/icon.svg to the PNG sizes the installers use
 * (build/icons/<size>x<size>.png; electron-builder makes .ico and .icns from them) with
 * the system Chromium, so the PNGs always match the one SVG source. The PNGs are checked in.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, QUIET_CHROMIUM_ARGS } from '../../test/helpers/chromium.ts';
import { ICON_SIZES } from './preflight.ts';

const svg = readFileSync('build/icon.svg', 'utf8');
mkdirSync('build/icons', { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...QUIET_CHROMIUM_ARGS] });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    // No network: the SVG is inline, and the page has nothing else.
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    writeFileSync(`build/icons/${size}x${size}.png`, await page.screenshot({ omitBackground: true }));
    await page.close();
    console.log(`Wrote build/icons/${size}x${size}.png`);
  }
} finally {
  await browser.close();
}
