/** The Peer networks section of the Word report and sheet of the workbook (issue 15). */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseNetworkCsv, type Network } from '../../renderer/src/domain/network/index.ts';
import { buildReportDocx, buildWorkbookXlsx } from '../../renderer/src/export/index.ts';
import { networkPng } from '../../renderer/src/export/report/networkPng.ts';
import { id, makeReviewFile } from '../helpers/reviewFileBuilder.ts';
import { paragraphs, unzipText } from './reportXml.ts';

const network: Network = {
  id: id(900), title: 'YOT cohort 2026', date: '2026-03-01', sourceNote: 'YOT caseload', createdAt: '2026-03-01T09:00:00.000Z',
  ...parseNetworkCsv({
    people: 'id,label,group\nYP1,YP1,\nYP2,YP2,\nYP3,YP3,\n',
    incidents: 'id,label,kind,date\nI1,Incident 1,stabbing,2026-01-02\n',
    institutions: 'id,label,kind\nS1,School 1,school\n',
    links: 'person,target,role,from,to\nYP1,I1,victim,,\nYP2,I1,perpetrator,,\nYP1,S1,,,\nYP2,S1,,,\nYP3,S1,,,\n',
  }),
};
const file = makeReviewFile({ networks: [network] });

describe('peer networks in the exports', () => {
  it('adds a Peer networks section with figures and a map with alt text (SVG with a PNG fallback)', async () => {
    const bytes = await buildReportDocx(file, { today: '2026-04-24' });
    const xml = unzipText(bytes);
    const document = xml.get('word/document.xml')!;
    const heads = paragraphs(document).filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(heads).toContain('Peer networks');
    expect(paragraphs(document).some((p) => p.text.includes('3 people are connected to at least two others'))).toBe(true);
    expect(document).toMatch(/<wp:docPr [^>]*descr="Network map of what has at least two connections: 4 of 5/);
    const media = Object.keys(unzipSync(bytes)).filter((p) => p.startsWith('word/media/'));
    expect(media.some((p) => p.endsWith('.svg'))).toBe(true);
    expect(media.some((p) => p.endsWith('.png'))).toBe(true);
    const omitted = unzipText(await buildReportDocx(file, { today: '2026-04-24', omit: ['peer-networks'] }));
    expect(omitted.get('word/document.xml')).not.toContain('Peer networks');
    expect(unzipText(await buildReportDocx(makeReviewFile(), { today: '2026-04-24' })).get('word/document.xml')).not.toContain('Peer networks');
  });

  it('adds a Peer networks sheet with the figures', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildWorkbookXlsx(file, { today: '2026-04-24' })) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Peer networks')!;
    expect(sheet.getRow(2).values).toEqual(expect.arrayContaining(['YOT cohort 2026', 'YOT caseload', 3, 1, 1, 3, 1, 1, 80]));
  });

  it('draws a valid PNG', () => {
    const png = networkPng([{ id: 'a', kind: 'person', label: 'a', x: 0, y: 0 }, { id: 'b', kind: 'incident', label: 'b', x: 10, y: 5 }], [['a', 'b']], 40, 30);
    expect([...png.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(new DataView(png.buffer).getUint32(16)).toBe(40);
  });
});
