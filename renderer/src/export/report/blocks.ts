/**
 * Small builders for the report's paragraphs and tables. User text only ever reaches the
 * document as the text of a run (docx escapes it), never as markup or a field.
 */
import {
  BorderStyle, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType,
  type FileChild, type IParagraphOptions, type ParagraphChild,
} from 'docx';
import { BULLETS, CHARACTER_STYLE, COLOURS, CONTENT_WIDTH, STYLE } from './styles.ts';

export type Block = FileChild;
type Content = string | readonly ParagraphChild[];

const runsOf = (content: Content): ParagraphChild[] => (typeof content === 'string' ? [new TextRun(content)] : [...content]);

/** A body paragraph. */
export function para(content: Content, options: Omit<IParagraphOptions, 'children' | 'text'> = {}): Paragraph {
  return new Paragraph({ ...options, children: runsOf(content) });
}

/** Body paragraphs, one for each string. */
export function paras(texts: readonly string[], options: Omit<IParagraphOptions, 'children' | 'text'> = {}): Paragraph[] {
  return texts.map((text) => para(text, options));
}

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

/** A heading in Word's own Heading 1–4 styles. */
export function heading(text: string, level: 1 | 2 | 3 | 4): Paragraph {
  return new Paragraph({ heading: LEVELS[level - 1], children: [new TextRun(text)] });
}

/** A bulleted list item. */
export function bullet(content: Content): Paragraph {
  return new Paragraph({ numbering: { reference: BULLETS, level: 0 }, spacing: { after: 80 }, children: runsOf(content) });
}

/** Bold text, through Word's own Strong character style. */
export const bold = (text: string) => new TextRun({ text, style: CHARACTER_STYLE.strong });

/** A quotation and, on its own line, who said it, e.g. "— a practitioner from education". */
export function quote(text: string, attribution: string): Paragraph {
  return new Paragraph({
    style: STYLE.quote,
    children: [
      new TextRun(`“${text}”`),
      new TextRun({ text: `— ${attribution}`, break: 1, style: CHARACTER_STYLE.attribution }),
    ],
  });
}

/** One column of a data table: its heading and its share of the page width (the shares add up to 1). */
export interface Column { header: string; share: number }

/** A cell: plain text, paragraphs already built, or paragraphs on a tinted background. */
export type Cell = string | readonly Paragraph[] | { children: readonly Paragraph[]; fill: string };

/** A row of a data table; a group row is one shaded cell across every column. */
export type Row = { cells: readonly Cell[] } | { group: readonly Paragraph[] };

const LINE = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.border };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const CELL_MARGINS = { top: 70, bottom: 70, left: 100, right: 100 };

const isParagraphs = (cell: Exclude<Cell, string>): cell is readonly Paragraph[] => Array.isArray(cell);

// Body cells need no width of their own: docx gives each cell the width of the grid
// columns it spans, from the table's columnWidths.
function bodyCell(cell: Cell): TableCell {
  if (typeof cell === 'string') return new TableCell({ children: [new Paragraph({ style: STYLE.tableText, children: [new TextRun(cell)] })] });
  if (isParagraphs(cell)) return new TableCell({ children: [...cell] });
  return new TableCell({ shading: { type: ShadingType.CLEAR, color: 'auto', fill: cell.fill }, children: [...cell.children] });
}

/**
 * A table in the GOV.UK manner: a shaded header row repeated on every page, rules between
 * rows and none at the sides, fixed column widths, and rows that never split across pages.
 */
export function dataTable(columns: readonly Column[], rows: readonly Row[], width: number = CONTENT_WIDTH): Table {
  const widths = columns.map((c) => Math.round(c.share * width));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOURS.headerFill },
      borders: { bottom: { ...LINE, size: 8, color: COLOURS.text } },
      children: [new Paragraph({ style: STYLE.tableHeading, children: [new TextRun(c.header)] })],
    })),
  });
  const body = rows.map((row) => 'group' in row
    ? new TableRow({
      cantSplit: true,
      keepNext: true,
      children: [new TableCell({
        columnSpan: columns.length,
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOURS.groupFill },
        children: [...row.group],
      })],
    })
    : new TableRow({
      cantSplit: true,
      children: row.cells.map(bodyCell),
    }));
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGINS,
    borders: { top: LINE, bottom: LINE, left: NONE, right: NONE, insideHorizontal: LINE, insideVertical: NONE },
    rows: [header, ...body],
  });
}

/** Text in a table cell, with optional formatting. */
export function cellText(content: Content, options: Omit<IParagraphOptions, 'children' | 'text' | 'style'> = {}): Paragraph {
  return new Paragraph({ ...options, style: STYLE.tableText, children: runsOf(content) });
}

/** The paragraph just before a table, kept on the table's page. */
export function tableLead(text: string): Paragraph {
  return para(text, { keepNext: true });
}

/** A small grey note, such as a finding's strength of evidence. */
export function note(text: string, keepNext = false): Paragraph {
  return para(text, { style: STYLE.note, keepNext });
}

/** An empty paragraph, which Word needs after a table that ends a cell or sits before another table. */
export function spacer(): Paragraph {
  return new Paragraph({ spacing: { after: 0 }, children: [] });
}
