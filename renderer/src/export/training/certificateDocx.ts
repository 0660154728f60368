/**
 * The certificate a participant takes away: a one-page Word document naming the
 * participant's code (never a name), the course and its version, the date and the result.
 * Pure: facts in, .docx bytes out, in Node or the browser.
 */
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

export interface CertificateFacts {
  participantCode: string;
  sector: string;
  role: string;
  courseTitle: string;
  courseVersion: number;
  /** Long form, e.g. "3 March 2026". */
  date: string;
  correct: number;
  total: number;
  percent: number;
  passMark: number;
  passed: boolean;
  modules: Array<{ title: string; correct: number; total: number }>;
}

const FONT = 'Arial';
const line = (text: string, size: number, options: { bold?: boolean; after?: number } = {}) => new Paragraph({
  alignment: AlignmentType.CENTER,
  spacing: { after: options.after ?? 200 },
  children: [new TextRun({ text, size, bold: options.bold ?? false, font: FONT })],
});
const cell = (text: string, bold = false) => new TableCell({
  width: { size: 50, type: WidthType.PERCENTAGE },
  children: [new Paragraph({ children: [new TextRun({ text, bold, font: FONT, size: 22 })] })],
});

/** The certificate as .docx bytes. */
export async function buildCertificateDocx(f: CertificateFacts): Promise<Uint8Array> {
  const result = f.passed ? 'Passed' : 'Not yet passed';
  const document = new Document({
    creator: 'Local Review',
    title: `Certificate: ${f.courseTitle}`,
    description: `Training certificate for participant ${f.participantCode}`,
    styles: { default: { document: { run: { font: FONT } } } },
    sections: [{
      properties: { page: { margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } },
      children: [
        line('Certificate of training', 56, { bold: true, after: 480 }),
        line('This certifies that participant', 24),
        line(f.participantCode, 44, { bold: true }),
        line(`${f.role}, ${f.sector}`, 24, { after: 360 }),
        line('took the course', 24),
        line(f.courseTitle, 32, { bold: true }),
        line(`Version ${f.courseVersion}`, 24, { after: 360 }),
        line(`Result: ${result}, ${f.correct} of ${f.total} right (${f.percent}%; pass mark ${f.passMark}%)`, 26, { bold: true }),
        line(`Date: ${f.date}`, 24, { after: 360 }),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: { insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: 'B1B4B6' }, insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } },
          rows: [
            new TableRow({ tableHeader: true, children: [cell('Module', true), cell('Score', true)] }),
            ...f.modules.map((m) => new TableRow({ children: [cell(m.title), cell(`${m.correct} of ${m.total}`)] })),
          ],
        }),
        line('', 20, { after: 240 }),
        line('Participants are identified by code only. Issued by Local Review.', 18),
      ],
    }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
