/**
 * The floors: the same content our builders write, written by the bare libraries with no
 * styling, headers or footers, contents, chart, page set-up, Excel tables, validation or
 * conditional formatting. The content is read back from our own output (docxContent.ts,
 * xlsxContent.ts) before timing starts, so the two sides cannot drift apart, and the
 * floor's timing covers only the library's work. Measured in the same run as ours, so a
 * noisy machine moves both and the ratio stays meaningful.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import { FAST_ZIP } from '../renderer/src/export/workbook/buildWorkbookXlsx.ts';
import type { ContentBlock } from './docxContent.ts';
import type { PlainSheet } from './xlsxContent.ts';

const paragraph = (text: string) => new Paragraph(text);

/** The report's paragraphs and tables as plain docx paragraphs, tables, rows and cells. */
export async function bareDocx(blocks: readonly ContentBlock[]): Promise<Uint8Array> {
  const children = blocks.map((block) => ('paragraph' in block
    ? paragraph(block.paragraph)
    : new Table({ rows: block.table.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: cell.map(paragraph) })) })) })));
  const document = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** The workbook's rows, one plain sheet per sheet. */
export async function bareXlsx(sheets: readonly PlainSheet[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) workbook.addWorksheet(sheet.name).addRows(sheet.rows);
  // The same fast deflate level as our builder: packing is not styling, so it is not part of the difference.
  return new Uint8Array(await workbook.xlsx.writeBuffer(FAST_ZIP));
}
