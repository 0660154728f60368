/**
 * What a report says, without how it looks: the body of a built .docx read back as a list
 * of plain paragraphs and tables (rows of cells of paragraphs). The Word floor writes this
 * list with the bare docx library, so both sides of the ratio write the same words in the
 * same paragraphs and tables, and the difference is our styling, headers and footers,
 * contents, chart and page set-up.
 */
import { decode, unzipText } from '../test/export/reportXml.ts';

export type ContentBlock = { paragraph: string } | { table: string[][][] };

const TOKEN = /<(\/?)w:(p|tbl|tr|tc|t|br|tab)(?=[\s/>])[^>]*?(\/?)>|([^<]+)|<[^>]*>/g;

/** The body's blocks in order. Text in tables belongs to its cell; a break or tab becomes a space. */
export function bodyBlocks(documentXml: string): ContentBlock[] {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(documentXml)?.[1] ?? '';
  const blocks: ContentBlock[] = [];
  let table: string[][][] | undefined;
  let depth = 0;
  let text: string | undefined;
  let inText = false;
  for (const m of body.matchAll(TOKEN)) {
    const [, closing, tag, selfClosing, chars] = m;
    if (chars !== undefined) {
      if (inText && text !== undefined) text += decode(chars);
      continue;
    }
    if (tag === undefined) continue;
    const open = !closing;
    if (tag === 't') inText = open && !selfClosing;
    else if ((tag === 'br' || tag === 'tab') && text !== undefined) text += ' ';
    else if (tag === 'tbl') {
      depth += open ? 1 : -1;
      if (depth > 1) throw new Error('nested tables are not expected in the report');
      if (open) table = [];
      else if (table) { blocks.push({ table }); table = undefined; }
    } else if (tag === 'tr' && open && !selfClosing) table?.push([]);
    else if (tag === 'tc' && open && !selfClosing) table?.at(-1)?.push([]);
    else if (tag === 'p') {
      if (open && !selfClosing) text = '';
      else {
        const paragraph = selfClosing ? '' : text ?? '';
        if (table) table.at(-1)?.at(-1)?.push(paragraph);
        else blocks.push({ paragraph });
        text = undefined;
      }
    }
  }
  return blocks;
}

/** The blocks of a .docx's main document part. */
export function docxBlocks(bytes: Uint8Array): ContentBlock[] {
  const xml = unzipText(bytes).get('word/document.xml');
  if (!xml) throw new Error('not a Word document: no word/document.xml');
  return bodyBlocks(xml);
}
