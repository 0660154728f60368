/**
 * What a workbook holds, without how it looks: every sheet of a built .xlsx read back as
 * rows of plain values (text, numbers; dates come back as Excel's day numbers). The Excel
 * floor writes these rows with bare exceljs, so both sides of the ratio write the same
 * cells and the difference is our tables, styles, validation, rules and print set-up.
 */
import { decode, unzipText } from '../test/export/reportXml.ts';

export type PlainCell = string | number | null;
export interface PlainSheet { name: string; rows: PlainCell[][] }

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The text of each shared string, rich-text runs joined. */
export function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((si) =>
    [...si[1]!.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((t) => decode(t[1]!)).join(''));
}

/** Column number (1-based) of a cell reference such as "AB12". */
function columnOf(ref: string): number {
  let n = 0;
  for (const ch of /^[A-Z]+/.exec(ref)?.[0] ?? '') n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** One worksheet's rows; missing cells are null, so columns stay where they were. */
export function sheetRows(xml: string, strings: readonly string[]): PlainCell[][] {
  const rows: PlainCell[][] = [];
  for (const row of xml.matchAll(/<row\s[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const cells: PlainCell[] = [];
    for (const c of (row[1] ?? '').matchAll(/<c(\s[^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const tag = c[1]!;
      const inner = c[2] ?? '';
      const type = attr(tag, 't');
      const v = /<v>([^<]*)<\/v>/.exec(inner)?.[1];
      let value: PlainCell = null;
      if (type === 's' && v !== undefined) value = strings[Number(v)] ?? '';
      else if (type === 'inlineStr') value = [...inner.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((t) => decode(t[1]!)).join('');
      else if (type === 'str' && v !== undefined) value = decode(v);
      else if (v !== undefined) value = Number(v);
      const column = columnOf(attr(tag, 'r') ?? '') || cells.length + 1;
      while (cells.length < column - 1) cells.push(null);
      cells[column - 1] = value;
    }
    const index = Number(attr(row[0], 'r') ?? rows.length + 1);
    while (rows.length < index - 1) rows.push([]);
    rows[index - 1] = cells;
  }
  return rows;
}

/** Every sheet of an .xlsx in workbook order. */
export function xlsxSheets(bytes: Uint8Array): PlainSheet[] {
  const parts = unzipText(bytes);
  const part = (path: string) => {
    const xml = parts.get(path);
    if (xml === undefined) throw new Error(`not a workbook: no ${path}`);
    return xml;
  };
  const strings = parts.has('xl/sharedStrings.xml') ? sharedStrings(part('xl/sharedStrings.xml')) : [];
  const targets = new Map([...part('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\s[^>]*>/g)]
    .map((m) => [attr(m[0], 'Id'), attr(m[0], 'Target')] as const));
  return [...part('xl/workbook.xml').matchAll(/<sheet\s[^>]*>/g)].map((m) => {
    const target = targets.get(attr(m[0], 'r:id')) ?? '';
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    return { name: decode(attr(m[0], 'name') ?? ''), rows: sheetRows(part(path), strings) };
  });
}
