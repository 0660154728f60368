/** REFI-QDA codes as themes: fresh ids, nesting kept as parentId, order by position (iterative). */
import { newId } from '../../domain/ids.ts';
import type { Theme } from '../../domain/reviewFile.ts';
import { attr, children, QdaImportError, type XmlNode } from './qdaXml.ts';

/** Themes from a <Codes> element, and each code's GUID (lower-cased) mapped to its theme id. */
export function themesFromCodes(codes: XmlNode | undefined): { themes: Theme[]; byGuid: Map<string, string> } {
  const themes: Theme[] = [];
  const byGuid = new Map<string, string>();
  const stack: Array<{ node: XmlNode; parentId: string | undefined; order: number }> = children(codes, 'Code').map((node, order) => ({ node, parentId: undefined, order })).reverse();
  while (stack.length) {
    const { node, parentId, order } = stack.pop()!;
    const guid = normaliseGuid(attr(node, 'guid'));
    if (!guid) throw new QdaImportError(`The code “${attr(node, 'name') ?? '(no name)'}” has no valid guid.`);
    if (byGuid.has(guid)) throw new QdaImportError(`Two codes share the guid ${guid}.`);
    const name = (attr(node, 'name') ?? '').trim() || 'Untitled code';
    const id = newId();
    byGuid.set(guid, id);
    const description = typeof node.Description === 'string' && node.Description.trim() ? node.Description : undefined;
    themes.push({ id, name, order, ...(description !== undefined && { description }), ...(parentId !== undefined && { parentId }) });
    stack.push(...children(node, 'Code').map((kid, i) => ({ node: kid, parentId: id, order: i })).reverse());
  }
  return { themes, byGuid };
}

const GUID = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;

/** A GUID as other tools write it (braces, upper case) in one spelling; undefined when it is not one. */
export function normaliseGuid(value: string | undefined): string | undefined {
  const m = value ? GUID.exec(value.trim()) : null;
  return m ? m[1]!.toLowerCase() : undefined;
}
