/**
 * Reading REFI-QDA XML safely: no DOCTYPE (so no entity expansion), a cap on nesting
 * checked by a linear scan before parsing, and the elements that may repeat always read
 * as arrays. Bad input raises QdaImportError with a plain sentence.
 */
import { XMLParser } from 'fast-xml-parser';

export class QdaImportError extends Error {
  override readonly name = 'QdaImportError';
}

export const MAX_DEPTH = 64;

const REPEATING = new Set(['Code', 'TextSource', 'PictureSource', 'PDFSource', 'AudioSource', 'VideoSource', 'PlainTextSelection', 'Coding', 'NoteRef', 'Note', 'Set', 'User']);

/** An XML element as parsed: attributes under `@_name`, children by tag name. */
export type XmlNode = Record<string, unknown>;

function checkDepth(xml: string): void {
  let depth = 0;
  const tag = /<(\/?)[A-Za-z_][^>]*?(\/?)>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    if (m[0].startsWith('<!') || m[0].startsWith('<?')) continue;
    if (m[1]) depth -= 1;
    else if (!m[2]) depth += 1;
    if (depth > MAX_DEPTH) throw new QdaImportError(`Its codes or elements are nested more than ${MAX_DEPTH} levels deep, which Local Review does not read.`);
  }
}

/** Parses REFI-QDA XML text into plain objects; throws QdaImportError for anything unsafe or broken. */
export function parseQdaXml(xml: string, what: string): XmlNode {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new QdaImportError(`Its ${what} declares a document type, which Local Review does not read.`);
  checkDepth(xml);
  const parser = new XMLParser({
    ignoreAttributes: false, attributeNamePrefix: '@_', removeNSPrefix: true, parseTagValue: false, parseAttributeValue: false,
    trimValues: false, processEntities: true, htmlEntities: false, isArray: (name) => REPEATING.has(name),
  });
  try {
    return parser.parse(xml, true) as XmlNode;
  } catch (error) {
    const detail = error && typeof error === 'object' && 'err' in error ? ` (${String((error as { err: { msg?: string } }).err.msg ?? '')})` : '';
    throw new QdaImportError(`Its ${what} is not well-formed XML${detail}.`, { cause: error });
  }
}

export const child = (node: unknown, name: string): XmlNode | undefined => {
  const value = (node as XmlNode | undefined)?.[name];
  return value && typeof value === 'object' && !Array.isArray(value) ? value as XmlNode : undefined;
};
export const children = (node: unknown, name: string): XmlNode[] => {
  const value = (node as XmlNode | undefined)?.[name];
  return Array.isArray(value) ? value.filter((v): v is XmlNode => !!v && typeof v === 'object') : [];
};
export const attr = (node: XmlNode | undefined, name: string): string | undefined => {
  const value = node?.[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
};
/** An element's text (a plain string, or `#text` beside attributes); '' for an empty element. */
export const textOf = (node: unknown, name: string): string | undefined => {
  const value = (node as XmlNode | undefined)?.[name];
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const text = (value as XmlNode)['#text'];
    return typeof text === 'string' ? text : '';
  }
  return undefined;
};
