/**
 * The small part of Markdown the user guide (docs/guide/*.md) uses, parsed into plain data
 * so the Help page renders it as React elements: no HTML string is ever built, so nothing
 * in a page can become markup. Headings, paragraphs, lists, images on their own line, fenced
 * code, and inline **bold**, `code` and [links](target). Anything else is plain text.
 * Linear: one pass over the lines, one over each paragraph's characters.
 */

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'link'; text: string; href: string };

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'image'; alt: string; src: string }
  | { kind: 'code'; text: string };

const INLINE = /\*\*([^*]+)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Splits one paragraph's text into plain, bold, code and link runs. */
export function parseInline(text: string): Inline[] {
  const runs: Inline[] = [];
  let at = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > at) runs.push({ kind: 'text', text: text.slice(at, match.index) });
    const [, strong, code, linkText, href] = match;
    if (strong !== undefined) runs.push({ kind: 'strong', text: strong });
    else if (code !== undefined) runs.push({ kind: 'code', text: code });
    else runs.push({ kind: 'link', text: linkText ?? '', href: href ?? '' });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ kind: 'text', text: text.slice(at) });
  return runs;
}

const HEADING = /^(#{1,3})\s+(.+)$/;
const IMAGE = /^!\[([^\]]*)\]\(([^)\s]+)\)$/;
const ITEM = /^(?:[-*]|(\d+)\.)\s+(.*)$/;

/** Parses a guide page into blocks. */
export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  let code: string[] | null = null;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', content: parseInline(paragraph.join(' ')) });
    if (list) blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map(parseInline) });
    paragraph = [];
    list = null;
  };
  for (const raw of source.split(/\r?\n/)) {
    if (code) {
      if (raw.trim().startsWith('```')) {
        blocks.push({ kind: 'code', text: code.join('\n') });
        code = null;
      } else code.push(raw);
      continue;
    }
    const line = raw.trim();
    if (line.startsWith('```')) {
      flush();
      code = [];
      continue;
    }
    if (line === '' || line.startsWith('<!--')) {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    const image = IMAGE.exec(line);
    const item = ITEM.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]!.length as 1 | 2 | 3, text: heading[2]! });
    } else if (image) {
      flush();
      blocks.push({ kind: 'image', alt: image[1]!, src: image[2]! });
    } else if (item) {
      const ordered = item[1] !== undefined;
      if (paragraph.length > 0 || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(item[2]!);
    } else if (list && /^\s+/.test(raw)) {
      // An indented line continues the list item above it.
      list.items[list.items.length - 1] += ` ${line}`;
    } else {
      if (list) flush();
      paragraph.push(line);
    }
  }
  if (code) blocks.push({ kind: 'code', text: code.join('\n') });
  flush();
  return blocks;
}

/** The guide page a link points to (`scope.md`, `./it.md#wipe`), or null for anything else. */
export function guideSlug(href: string): string | null {
  const match = /^(?:\.\/)?([a-z][a-z-]{0,39})\.md(?:#[a-z0-9-]*)?$/.exec(href);
  return match ? match[1]! : null;
}

/** The file name of a guide image (`images/scope.png`), or null for anything else. */
export function guideImage(src: string): string | null {
  const match = /^(?:\.\/)?images\/([a-z0-9-]{1,60}\.png)$/.exec(src);
  return match ? match[1]! : null;
}
