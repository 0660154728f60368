/**
 * Reads a .docx in tests: a tiny zip reader (central directory + node:zlib) that returns
 * every part as text, opening zips inside it too (a chart's embedded workbook), so a
 * privacy check sees every byte a recipient could read.
 */
import { inflateRawSync } from 'node:zlib';

/** The parts of a zip file by path; a nested .xlsx/.docx is opened and its parts listed as `outer!inner`. */
export function unzipText(bytes: Uint8Array, prefix = ''): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('not a zip file');
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const parts = new Map<string, string>();
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('bad central directory');
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = bytes.subarray(dataStart, dataStart + size);
    const data = method === 0 ? raw : new Uint8Array(inflateRawSync(raw));
    if (/\.(xlsx|docx)$/.test(name)) for (const [inner, text] of unzipText(data, `${prefix}${name}!`)) parts.set(inner, text);
    else parts.set(prefix + name, new TextDecoder().decode(data));
    at += 46 + nameLength + extra + comment;
  }
  return parts;
}

/** The text a reader sees in one part's XML: the contents of w:t / a:t / t / v elements, entities decoded. */
export function visibleText(xml: string): string {
  return [...xml.matchAll(/<(?:w:t|a:t|t|v|c:v|dc:[a-z]+|cp:[a-zA-Z]+|vt:lpwstr)(?:\s[^>]*)?>([^<]*)</g)].map((m) => decode(m[1] ?? '')).join(' ');
}

export function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The body's paragraphs in order, each with its style id and text (paragraphs in tables included). */
export function paragraphs(documentXml: string): Array<{ style: string; text: string }> {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? '',
    text: [...m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1] ?? '')).join(''),
  }));
}
