/** The reviewer's own executive summary and local context replace the generated and template text in the Word report. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReviewFileText, type ReviewFile } from '../../renderer/src/domain/reviewFile.ts';
import { buildReportDocx } from '../../renderer/src/export/report/buildReportDocx.ts';
import { paragraphs, unzipText } from './reportXml.ts';

const sample = parseReviewFileText(readFileSync(new URL('../../templates/samples/sallowmere.review.json', import.meta.url)));

async function sectionText(file: ReviewFile, from: string, to: string): Promise<string[]> {
  const all = paragraphs(unzipText(await buildReportDocx(file, { today: '2026-04-24' })).get('word/document.xml')!);
  // Headings only: the contents field lists the same words first.
  const isHeading = (p: { style?: string | undefined }) => p.style?.startsWith('Heading') ?? false;
  const start = all.findIndex((p) => isHeading(p) && p.text === from);
  const end = all.findIndex((p, i) => i > start && isHeading(p) && p.text === to);
  return all.slice(start + 1, end).map((p) => p.text);
}

describe('the reviewer’s own words in the Word report', () => {
  it('keeps the generated summary and the template’s local context when none are written', async () => {
    const summary = await sectionText(sample, 'Executive summary', 'Key findings');
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatch(/review team held 16 sessions/);
    const local = await sectionText(sample, 'Local context', 'Local definition of serious violence');
    expect(local).toEqual(['This section summarises the local picture in Sallowmere as described by partners and local data, including patterns of violence, the drug market and the services available to young people.']);
  });

  it('opens the executive summary with the reviewer’s paragraphs and uses their local context', async () => {
    const file: ReviewFile = {
      ...sample,
      review: { ...sample.review, summary: 'Partners know the risks.\n\nThey do not yet share them in time.', localContext: 'Sallowmere sits on the estuary.' },
    };
    expect(await sectionText(file, 'Executive summary', 'Key findings')).toEqual(['Partners know the risks.', 'They do not yet share them in time.']);
    expect(await sectionText(file, 'Local context', 'Local definition of serious violence')).toEqual(['Sallowmere sits on the estuary.']);
  });

  it('ignores fields holding only spaces', async () => {
    const file: ReviewFile = { ...sample, review: { ...sample.review, summary: '  \n ', localContext: ' ' } };
    expect((await sectionText(file, 'Executive summary', 'Key findings'))[0]).toMatch(/review team held 16 sessions/);
  });
});
