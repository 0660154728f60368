/**
 * The Word report's package: its parts, properties, headings and options; progress and
 * cancellation; and that it builds without Node's Buffer, as it must in a Web Worker.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReviewFileText } from '../../renderer/src/domain/reviewFile.ts';
import { OPTIONAL_REPORT_SECTIONS, type ExportProgress } from '../../renderer/src/export/options.ts';
import { buildReportDocx } from '../../renderer/src/export/report/buildReportDocx.ts';
import { makeReviewFile } from '../helpers/reviewFileBuilder.ts';
import { paragraphs, unzipText } from './reportXml.ts';

const sample = parseReviewFileText(readFileSync(new URL('../../templates/samples/sallowmere.review.json', import.meta.url)));
const build = (options = {}) => buildReportDocx(sample, { today: '2026-04-24', ...options });
const headings = (xml: Map<string, string>, level: number) =>
  paragraphs(xml.get('word/document.xml')!).filter((p) => p.style === `Heading${level}`).map((p) => p.text);

describe('the Word report package', () => {
  it('is a .docx with the marking in every header and footer, a chart and a contents field', async () => {
    const xml = unzipText(await build());
    expect(xml.get('[Content_Types].xml')).toContain('wordprocessingml.document.main+xml');
    const headersAndFooters = [...xml.keys()].filter((p) => /^word\/(header|footer)\d+\.xml$/.test(p));
    expect(headersAndFooters.length).toBeGreaterThanOrEqual(4);
    for (const part of headersAndFooters) expect(xml.get(part), part).toContain('OFFICIAL-SENSITIVE');
    const document = xml.get('word/document.xml')!;
    expect(document).toContain('TOC \\h \\o &quot;1-3&quot;');
    expect(document).toMatch(/<wp:docPr [^>]*descr="Bar chart of the number of engagement sessions that involved each sector: [^"]*Education 5/);
    expect([...xml.keys()].some((p) => p.startsWith('word/charts/chart'))).toBe(true);
    expect(xml.get('word/settings.xml')).toContain('<w:updateFields/>');
  });

  it('sets the title, subject and en-GB as both the document and the proofing language', async () => {
    const xml = unzipText(await build());
    const core = xml.get('docProps/core.xml')!;
    expect(core).toContain(`<dc:title>${sample.review.title}</dc:title>`);
    expect(core).toContain('<dc:subject>Local Review of Sallowmere</dc:subject>');
    expect(core).toContain('<dc:language>en-GB</dc:language>');
    expect(xml.get('word/styles.xml')).toMatch(/<w:docDefaults>.*<w:lang w:val="en-GB"/);
  });

  it('follows the shape of a Local Review report, in Word heading styles', async () => {
    const xml = unzipText(await build());
    expect(headings(xml, 1)).toEqual([
      'Executive summary', 'Introduction and background', 'Methodology', 'Findings by theme',
      'Recommendations', 'Action plan', 'Appendix A: Who was engaged', 'Appendix B: Glossary',
    ]);
    expect(headings(xml, 2)).toEqual(expect.arrayContaining(['Terms of reference', 'The review team', 'Limitations', 'Information sharing and communication']));
    expect(headings(xml, 4)).toEqual(sample.findings.map((f) => f.title).sort((a, b) => headings(xml, 4).indexOf(a) - headings(xml, 4).indexOf(b)));
    const text = paragraphs(xml.get('word/document.xml')!).map((p) => p.text).join('\n');
    expect(text).toContain('This report presents the findings of a Local Review carried out in Sallowmere for Safer Sallowmere Partnership');
    expect(text).not.toMatch(/\{\{\w+\}\}/); // every placeholder filled
    expect(text).toContain('Responds to findings 1, 2, 3 and 5.');
    expect(text).toContain('Off track');
    expect(text).not.toContain('(overdue)');
  });

  it('marks actions past their due date as overdue, in words', async () => {
    const text = paragraphs(unzipText(await build({ today: '2026-06-01' })).get('word/document.xml')!).map((p) => p.text);
    expect(text).toContain('At risk (overdue)'); // due 29 May 2026
    expect(text.join('\n')).toContain('4 actions are past their due date.');
  });

  it('puts the recommendations and action plan on landscape pages between portrait ones', async () => {
    const document = unzipText(await build()).get('word/document.xml')!;
    const orientations = [...document.matchAll(/<w:pgSz [^>]*?(w:orient="landscape")?\/>/g)].map((m) => (m[1] ? 'landscape' : 'portrait'));
    expect(orientations).toEqual(['portrait', 'landscape', 'portrait']);
  });

  it('leaves out the sections asked for, and the team stands alone without the introduction', async () => {
    const xml = unzipText(await build({ omit: ['findings', 'action-plan', 'introduction'] }));
    expect(headings(xml, 1)).toEqual(['Executive summary', 'The review team', 'Methodology', 'Recommendations', 'Appendix A: Who was engaged', 'Appendix B: Glossary']);
    const none = unzipText(await build({ omit: OPTIONAL_REPORT_SECTIONS }));
    expect(headings(none, 1)).toEqual([]);
    expect(none.get('word/document.xml')).toContain('Contents');
  });

  it('reports progress step by step up to done, and stops when cancelled', async () => {
    const seen: ExportProgress[] = [];
    await build({ onProgress: (p: ExportProgress) => seen.push(p) });
    expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual({ done: seen[0]!.total, total: seen[0]!.total, step: 'Done' });
    expect(seen.map((p) => p.step)).toContain('Writing the findings');

    const early = new AbortController();
    early.abort();
    await expect(build({ signal: early.signal })).rejects.toMatchObject({ name: 'AbortError' });

    const midway = new AbortController();
    const steps: string[] = [];
    const cancelled = build({
      signal: midway.signal,
      onProgress: (p: ExportProgress) => { steps.push(p.step); if (p.step === 'Writing the methodology') midway.abort(); },
    });
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    expect(steps).not.toContain('Writing the findings');
  });

  it('reads sensibly for a review that has only just begun', async () => {
    const base = makeReviewFile();
    const empty = makeReviewFile({
      review: { ...base.review, startDate: undefined, endDate: undefined, reviewers: [], termsOfReference: '' },
      engagements: [], excerpts: [], findings: [], recommendations: [], actions: [],
    });
    const text = paragraphs(unzipText(await buildReportDocx(empty, { today: '2026-02-01' })).get('word/document.xml')!).map((p) => p.text).join('\n');
    for (const words of [
      'No engagement sessions have been recorded for this review yet.', 'The terms of reference have not been recorded.',
      'The review team has not been recorded.', 'No findings have been drawn yet.', 'No recommendations have been made yet.',
    ]) expect(text).toContain(words);
    expect(text).not.toMatch(/\{\{\w+\}\}|undefined|NaN/);
  });

  it('builds in a process without Buffer, as in a Web Worker', () => {
    const builder = new URL('../../renderer/src/export/report/buildReportDocx.ts', import.meta.url).pathname;
    const script = `delete globalThis.Buffer;
      const { buildReportDocx } = await import(${JSON.stringify(builder)});
      const file = JSON.parse(process.env.REVIEW);
      const bytes = await buildReportDocx(file, { today: '2026-04-24' });
      console.log(typeof Buffer, bytes.constructor.name, bytes[0], bytes[1]);`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8', timeout: 60_000, env: { ...process.env, REVIEW: JSON.stringify(sample) },
    });
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.stdout.trim()).toBe('undefined Uint8Array 80 75'); // "PK", a zip file
  }, 60_000);
});
