/**
 * An RFC 4180 reader that knows the line each record starts on. Written here rather
 * than taken from papaparse because every import error must name the file's own line:
 * papaparse reports a record's index (not its line once a quoted field spans lines) and
 * forgives stray quotes we want refused. Linear, iterative, no regular expressions over
 * the input. A BOM is dropped; CRLF, LF and a lone CR all end a line.
 */

/** A record: its fields, as written (quotes removed, nothing trimmed), and its first line. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** A quoting problem at a line and a column (1-based field position). */
export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError';
  constructor(message: string, readonly line: number, readonly column: number) {
    super(message);
  }
}

/** Reads every record; a blank line (one empty, unquoted field) is skipped. */
export function readCsv(input: string): CsvRecord[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let line = 1;
  let recordLine = 1;
  let fields: string[] = [];
  let field = '';
  let quotedField = false; // the current field was quoted (so an empty record is not blank)
  let i = 0;
  const n = text.length;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '' && !quotedField)) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    quotedField = false;
  };
  while (i < n) {
    const c = text[i]!;
    if (c === '"') {
      if (field !== '') throw new CsvSyntaxError('a quote mark inside a value that does not start with one (write "" inside quotes)', line, fields.length + 1);
      const startLine = line;
      quotedField = true;
      i++;
      let closed = false;
      let start = i;
      while (i < n) {
        const d = text[i]!;
        if (d === '"') {
          field += text.slice(start, i);
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            start = i;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (d === '\n' || (d === '\r' && text[i + 1] !== '\n')) line++;
        i++;
      }
      if (!closed) throw new CsvSyntaxError('a quoted value is never closed', startLine, fields.length + 1);
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        throw new CsvSyntaxError('something follows a closing quote mark before the next comma', line, fields.length + 1);
      }
      continue;
    }
    if (c === ',') {
      fields.push(field);
      field = '';
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    // A plain run up to the next special character, appended at once.
    let j = i + 1;
    while (j < n) {
      const d = text[j];
      if (d === ',' || d === '\r' || d === '\n' || d === '"') break;
      j++;
    }
    field += text.slice(i, j);
    i = j;
  }
  if (field !== '' || fields.length > 0 || quotedField) endRecord();
  return records;
}
