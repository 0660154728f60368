/**
 * LibreOffice, another reader nobody here wrote, converts the sample report to PDF: the
 * conversion must succeed, give a sane number of pages, and carry the protective marking
 * on every page. Only the sample is converted, to keep the default test run quick.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReviewFileText } from '../../renderer/src/domain/reviewFile.ts';
import { buildReportDocx } from '../../renderer/src/export/report/buildReportDocx.ts';

const which = (program: string) => spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' }).stdout.trim();
const soffice = which('soffice');
const pdfinfo = which('pdfinfo');
const pdftotext = which('pdftotext');
const ready = Boolean(soffice && pdfinfo && pdftotext);
if (!ready) console.warn('Skipping the LibreOffice conversion: soffice, pdfinfo or pdftotext is not installed (.ci/run installs libreoffice-writer-nogui and poppler-utils).');

const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!ready)('the sample report in LibreOffice', () => {
  it('converts to PDF with the marking on every page', async () => {
    const sample = parseReviewFileText(readFileSync(new URL('../../templates/samples/sallowmere.review.json', import.meta.url)));
    const docx = join(dir, 'sample-report.docx');
    writeFileSync(docx, await buildReportDocx(sample, { today: '2026-04-24' }));
    // A profile of its own, so a LibreOffice already running elsewhere cannot block the conversion.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const run = spawnSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { encoding: 'utf8', timeout: 90_000 });
    const pdf = join(dir, 'sample-report.pdf');
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(pdf)).toBe(true);

    const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync(pdfinfo, [pdf], { encoding: 'utf8' }).stdout)?.[1]);
    console.info(`Sample report: ${pages} pages in LibreOffice`);
    expect(pages).toBeGreaterThanOrEqual(12);
    expect(pages).toBeLessThanOrEqual(40);
    const text = spawnSync(pdftotext, ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    const perPage = text.split('\f').filter((page) => page.trim() !== '');
    expect(perPage).toHaveLength(pages);
    perPage.forEach((page, i) => expect(page, `page ${i + 1}`).toContain('OFFICIAL-SENSITIVE'));
    perPage.slice(1).forEach((page, i) => expect(page, `page ${i + 2}`).toContain(`Page ${i + 2} of ${pages}`));
    expect(text).toContain('Findings by theme');
  }, 120_000);
});
