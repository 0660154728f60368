/**
 * The floors: the same content written by the bare libraries, with no styling, no
 * headers or footers, no contents, no charts, no tables-as-Excel-tables, no validation
 * and no conditional formatting. Our builders are measured against these in the same
 * run, so a noisy machine moves both and the ratio stays meaningful.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import type { ReviewFile } from '../renderer/src/domain/reviewFile.ts';

const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
const table = (rows: string[][]) => new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) });

/** Paragraphs and tables of the report's content (findings with quotes, recommendations, actions, engagements). */
export async function bareDocx(file: ReviewFile): Promise<Uint8Array> {
  const quotes = new Map<string, string[]>();
  const excerptById = new Map(file.excerpts.map((x) => [x.id, x]));
  for (const finding of file.findings) {
    quotes.set(finding.id, finding.excerptIds.map((id) => excerptById.get(id)).filter((x) => x?.isQuote).map((x) => x!.text));
  }
  const agency = new Map(file.agencies.map((a) => [a.id, a.name]));
  const children = [
    new Paragraph(file.review.title), new Paragraph(file.review.area), new Paragraph(file.review.commissioner), new Paragraph(file.review.protectiveMarking),
    table([['Kind', 'Date', 'Title', 'Participants'], ...file.engagements.map((e) => [e.kind, e.date, e.title, String(e.participantCount)])]),
    ...file.themes.flatMap((theme) => [
      new Paragraph(theme.name),
      ...file.findings.filter((f) => f.themeId === theme.id).flatMap((f) => [
        new Paragraph(f.title), new Paragraph(f.detail), ...(quotes.get(f.id) ?? []).map((q) => new Paragraph(q)),
      ]),
    ]),
    table([['No.', 'Recommendation', 'Lead', 'Partners', 'Priority', 'Timescale'], ...file.recommendations.map((r) => [
      String(r.number), r.title, agency.get(r.leadAgencyId) ?? '', r.partnerAgencyIds.map((id) => agency.get(id) ?? '').join(', '), r.priority, r.timescale,
    ])]),
    table([['Recommendation', 'Action', 'Owner', 'Due', 'Status'], ...file.actions.map((a) => [a.recommendationId, a.description, agency.get(a.ownerAgencyId) ?? '', a.dueDate ?? '', a.status])]),
    table([['Agency', 'Sector'], ...file.agencies.map((a) => [a.name, a.sector])]),
  ];
  const document = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** The workbook's rows, one plain sheet per data sheet. */
export async function bareXlsx(file: ReviewFile): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = (name: string, rows: Array<Array<string | number | Date>>) => {
    const ws = workbook.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  };
  const agency = new Map(file.agencies.map((a) => [a.id, a.name]));
  sheet('Summary', [['Title', file.review.title], ['Area', file.review.area], ['Engagements', file.engagements.length], ['Findings', file.findings.length]]);
  sheet('Engagements', [['Kind', 'Date', 'Title', 'Agencies', 'Roles', 'Participants'], ...file.engagements.map((e) => [
    e.kind, new Date(e.date), e.title, e.agencyIds.map((id) => agency.get(id) ?? '').join(', '), e.roles.join(', '), e.participantCount,
  ])]);
  sheet('Evidence', [['Engagement', 'Kind', 'Text'], ...file.excerpts.filter((x) => x.isQuote).map((x) => [x.engagementId, x.kind, x.text])]);
  sheet('Findings', [['Theme', 'Kind', 'Title', 'Detail', 'Passages'], ...file.findings.map((f) => [f.themeId, f.kind, f.title, f.detail, f.excerptIds.length])]);
  sheet('Recommendations', [['No.', 'Title', 'Detail', 'Lead', 'Priority', 'Timescale'], ...file.recommendations.map((r) => [
    r.number, r.title, r.detail, agency.get(r.leadAgencyId) ?? '', r.priority, r.timescale,
  ])]);
  sheet('Action plan', [['Recommendation', 'Action', 'Owner', 'Due', 'Status'], ...file.actions.map((a) => [
    a.recommendationId, a.description, agency.get(a.ownerAgencyId) ?? '', a.dueDate ? new Date(a.dueDate) : '', a.status,
  ])]);
  sheet('Coverage', [['Theme', 'Passages'], ...file.themes.map((t) => [t.name, file.excerpts.filter((x) => x.themeIds.includes(t.id)).length])]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
