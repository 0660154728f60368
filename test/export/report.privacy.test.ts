/**
 * Privacy of the Word report, proved with canaries: phrases planted where the report must
 * never look (engagement notes, passages not marked quotable, engagement titles, action
 * updates) and people's names (reviewers, a name in a session title) are searched for in
 * every part of the .docx, the chart's embedded workbook included.
 */
import { describe, expect, it } from 'vitest';
import type { ReviewFile } from '../../renderer/src/domain/reviewFile.ts';
import { buildReportDocx } from '../../renderer/src/export/report/buildReportDocx.ts';
import { id, makeReviewFile } from '../helpers/reviewFileBuilder.ts';
import { paragraphs, unzipText } from './reportXml.ts';

const QUOTABLE = 'QUOTABLEPHRASE the bus station is where it starts';
const UNQUOTABLE = 'CANARYUNQUOTABLE we all know the lad at number twelve';
const PRIVATE_NOTE = 'CANARYNOTES aside about Jamal Okonkwo';
const REVIEWERS = ['Zelda Quartermaine', 'Orlando Fitzwilliam'];
const NEVER = ['CANARYNOTES', 'CANARYUNQUOTABLE', 'CANARYTITLE', 'CANARYUPDATE', 'Jamal', 'Okonkwo', 'Priya', 'Ramanathan', 'Hargreaves', 'number twelve'];

function canaryFile(): ReviewFile {
  const notes = `${PRIVATE_NOTE}.\n${QUOTABLE}.\n${UNQUOTABLE}.`;
  const at = (text: string) => ({ start: notes.indexOf(text), end: notes.indexOf(text) + text.length, text });
  const base = makeReviewFile();
  return makeReviewFile({
    review: {
      ...base.review,
      protectiveMarking: 'OFFICIAL-SENSITIVE',
      reviewers: [{ id: id(2), name: REVIEWERS[0]!, role: 'Lead reviewer' }, { id: id(3), name: REVIEWERS[1]!, role: 'Reviewer' }],
    },
    engagements: [{
      id: id(30), kind: 'interview', title: 'Interview with Priya Ramanathan CANARYTITLE', date: '2026-02-03', agencyIds: [id(11)],
      roles: ['Designated safeguarding lead'], participantCount: 2, reviewerIds: [id(2)], notes, durationMinutes: 60,
    }],
    excerpts: [
      { id: id(40), engagementId: id(30), ...at(QUOTABLE), themeIds: [id(21)], kind: 'gap', isQuote: true },
      { id: id(41), engagementId: id(30), ...at(UNQUOTABLE), themeIds: [id(21)], kind: 'gap', isQuote: false },
    ],
    findings: [{ id: id(50), themeId: id(21), kind: 'gap', title: 'Exclusions rise', detail: 'Seen in Year 9.', excerptIds: [id(40), id(41)], order: 0 }],
    actions: [{
      id: id(70), recommendationId: id(60), description: 'Monthly report', ownerAgencyId: id(11), dueDate: '2026-06-01',
      status: 'on-track', updates: [{ date: '2026-03-01', note: 'CANARYUPDATE spoke to Mrs Hargreaves', status: 'on-track' }],
    }],
  });
}

/** Every part of the package as raw XML (attributes such as alt text included). */
async function parts(file: ReviewFile, options = {}): Promise<Map<string, string>> {
  return unzipText(await buildReportDocx(file, { today: '2026-03-10', ...options }));
}

describe('privacy of the Word report', () => {
  it('quotes only passages marked quotable, and never notes, titles or action updates', async () => {
    const xml = await parts(canaryFile());
    const all = [...xml.values()].join('\n');
    expect(all).toContain('QUOTABLEPHRASE'); // the positive control: quotes do get through
    for (const canary of NEVER) expect(all, canary).not.toContain(canary);
    // The passage that was not quoted is still counted in the evidence.
    expect(xml.get('word/document.xml')).toContain('2 passages from 1 session');
  });

  it('attributes the quote to a sector, not to a person or an agency', async () => {
    const body = paragraphs((await parts(canaryFile())).get('word/document.xml')!);
    const at = body.findIndex((p) => p.text.includes('QUOTABLEPHRASE'));
    expect(body[at]!.text).toContain('— a practitioner from education');
    expect(body[at]!.text).not.toContain('Hill School');
  });

  it('names reviewers only in the review-team section', async () => {
    const xml = await parts(canaryFile());
    for (const [path, text] of xml) {
      if (path !== 'word/document.xml') for (const name of REVIEWERS) expect(text, `${name} in ${path}`).not.toContain(name);
    }
    const body = paragraphs(xml.get('word/document.xml')!);
    const start = body.findIndex((p) => /^Heading[12]$/.test(p.style) && p.text === 'The review team');
    const end = body.findIndex((p, i) => i > start && /^Heading[1-4]$/.test(p.style));
    expect(start).toBeGreaterThan(0);
    body.forEach((p, i) => {
      for (const name of REVIEWERS) {
        if (p.text.includes(name)) expect(i > start && i < end, `${name} outside the team section: "${p.text}"`).toBe(true);
      }
    });
    expect(body.slice(start, end).filter((p) => REVIEWERS.some((n) => p.text.includes(n)))).toHaveLength(2);
  });

  it('leaves every quote out when asked, keeping the counts', async () => {
    const xml = await parts(canaryFile(), { includeQuotes: false });
    const all = [...xml.values()].join('\n');
    expect(all).not.toContain('QUOTABLEPHRASE');
    for (const canary of NEVER) expect(all).not.toContain(canary);
    expect(xml.get('word/document.xml')).toContain('2 passages from 1 session');
  });

  it('names nobody when the review-team section is left out', async () => {
    const all = [...(await parts(canaryFile(), { omit: ['review-team'] })).values()].join('\n');
    for (const name of REVIEWERS) expect(all).not.toContain(name);
  });

  it('writes user text as text: markup is escaped and characters XML cannot hold are dropped', async () => {
    const file = canaryFile();
    file.findings[0]!.title = 'Exclusions <w:p><w:r><w:t>INJECTED</w:t></w:r></w:p> & rise\u0001\u0007';
    const document = (await parts(file)).get('word/document.xml')!;
    expect(document).toContain('Exclusions &lt;w:p&gt;&lt;w:r&gt;&lt;w:t&gt;INJECTED');
    expect(document).not.toContain('<w:t>INJECTED');
    expect(document.includes('\u0001') || document.includes('\u0007')).toBe(false);
  });
});
