/**
 * The network template as files: reading the reviewer's four CSV files or one workbook
 * with four sheets into the texts parseNetworkCsv reads, and writing the blank template.
 * A workbook's sheets are turned into CSV text row for row, so an error's line number is
 * the sheet's row number. exceljs is loaded only when a workbook is used.
 */
import { NETWORK_FILES, networkTemplate, type NetworkFileKey, type NetworkFiles } from '../../domain/network/index.ts';

const KEYS = Object.keys(NETWORK_FILES) as NetworkFileKey[];

/** Raised when the chosen files are not the template's; says which are missing. */
export class TemplateFilesError extends Error {
  override readonly name = 'TemplateFilesError';
}

const csvCell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { text?: unknown; result?: unknown; richText?: Array<{ text: string }> };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.result !== undefined) return cellText(v.result);
    if (v.text !== undefined) return String(v.text);
    return '';
  }
  return String(value);
}

async function readWorkbook(bytes: ArrayBuffer): Promise<NetworkFiles> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch (error) {
    throw new TemplateFilesError('This workbook could not be read. Save it again as an Excel workbook (.xlsx) and try again.', { cause: error });
  }
  const out: Partial<NetworkFiles> = {};
  for (const key of KEYS) {
    const sheet = workbook.worksheets.find((ws) => ws.name.trim().toLowerCase() === key);
    if (!sheet) throw new TemplateFilesError(`The workbook has no sheet called “${key}”. It needs four sheets: ${KEYS.join(', ')}.`);
    const width = sheet.getRow(1).cellCount;
    const lines: string[] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: string[] = [];
      for (let c = 1; c <= Math.max(width, row.cellCount); c++) cells.push(csvCell(cellText(row.getCell(c).value)));
      // Trailing empty cells past the header's width are not values.
      lines.push(cells.slice(0, Math.max(width, cells.findLastIndex((v) => v !== '') + 1)).join(','));
    }
    out[key] = lines.join('\n');
  }
  return out as NetworkFiles;
}

/** Reads the chosen files: four CSVs named after the template's files, or one .xlsx. */
export async function readTemplateFiles(files: readonly File[]): Promise<NetworkFiles> {
  if (files.length === 1 && /\.xlsx$/i.test(files[0]!.name)) return readWorkbook(await files[0]!.arrayBuffer());
  const out: Partial<NetworkFiles> = {};
  for (const file of files) {
    const key = KEYS.find((k) => file.name.toLowerCase().replace(/\.csv$/, '').endsWith(k));
    if (!key || !/\.csv$/i.test(file.name)) throw new TemplateFilesError(`“${file.name}” is not one of the template’s files. Choose ${KEYS.map((k) => NETWORK_FILES[k].file).join(', ')}, or one workbook.`);
    try {
      out[key] = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
    } catch (error) {
      throw new TemplateFilesError(`“${file.name}” is not UTF-8 text. Save it as “CSV UTF-8” and try again.`, { cause: error });
    }
  }
  const missing = KEYS.filter((k) => out[k] === undefined).map((k) => NETWORK_FILES[k].file);
  if (missing.length) throw new TemplateFilesError(`Choose all four files at once: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing.`);
  return out as NetworkFiles;
}

/** The blank template as one workbook with four sheets (header and an example row each). */
export async function templateWorkbook(): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const texts = networkTemplate();
  for (const key of KEYS) {
    const sheet = workbook.addWorksheet(key);
    for (const line of texts[key].split('\r\n').filter(Boolean)) {
      // Every cell as text, so Excel never turns an id or a date into something else.
      const row = sheet.addRow(line.split(','));
      row.eachCell({ includeEmpty: true }, (cell) => { cell.numFmt = '@'; });
    }
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column) => { column.width = 18; });
  }
  const data = await workbook.xlsx.writeBuffer();
  return new Uint8Array(data as ArrayBuffer);
}
