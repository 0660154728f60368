/** The review report's two optional sections: progress since the last review (re-review) and the mapping to national frameworks. */
import { describe, expect, it } from 'vitest';
import { reReviewOf } from '../../renderer/src/domain/framework/index.ts';
import { parseReviewFile } from '../../renderer/src/domain/reviewFile.ts';
import { buildReportDocx } from '../../renderer/src/export/index.ts';
import { sampleReview } from '../helpers/frameworkReviews.ts';
import { paragraphs, unzipText } from './reportXml.ts';

const body = (bytes: Uint8Array) => paragraphs(unzipText(bytes).get('word/document.xml')!);
const headings1 = async (bytes: Uint8Array) => body(bytes).filter((p) => p.style === 'Heading1').map((p) => p.text);
const textOf = (bytes: Uint8Array) => body(bytes).map((p) => p.text).join('\n');

describe('the report sections for frameworks and re-reviews', () => {
  it('leaves both out of a review without mappings or a baseline', async () => {
    const h = await headings1(await buildReportDocx(sampleReview(), { today: '2026-04-24' }));
    expect(h).not.toContain('Progress since the last review');
    expect(h).not.toContain('Appendix C: Mapping to national frameworks');
  });

  it('maps findings to national framework headings in an appendix', async () => {
    const file = sampleReview();
    file.findings[0]!.frameworkMappings = [{ pack: 'vvu-strategic-framework', heading: 'understanding-the-threat' }, { pack: 'serious-violence-duty-2023', heading: 'data-sharing' }];
    const bytes = await buildReportDocx(parseReviewFile(file), { today: '2026-04-24' });
    expect(await headings1(bytes)).toContain('Appendix C: Mapping to national frameworks');
    const text = textOf(bytes);
    expect(text).toContain('VVU framework: Understanding the threat from gangs, violence and vulnerability');
    expect(text).toContain('SV Duty: Data and information sharing');
  });

  it('starts a re-review from the previous review, with progress since the last review in its report', async () => {
    const previous = sampleReview();
    const next = parseReviewFile(reReviewOf(previous, 'Sallowmere Local Review 2027', '2027-03-01T09:00:00.000Z'));
    expect(next.review.baseline!.recommendations).toHaveLength(previous.recommendations.length);
    expect(next.agencies.map((a) => a.name)).toEqual(previous.agencies.map((a) => a.name));
    expect(JSON.stringify(next)).not.toContain(previous.review.reviewers[0]!.name);
    const bytes = await buildReportDocx(next, { today: '2027-03-02' });
    expect(await headings1(bytes)).toContain('Progress since the last review');
    expect(textOf(bytes)).toContain(previous.recommendations[0]!.title.slice(0, 40));
  });
});
