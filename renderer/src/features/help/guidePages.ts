/**
 * The user guide, bundled: docs/guide/*.md and their screenshots are built into the app by
 * Vite, so Help works offline and never opens a browser or a file outside the app.
 */
import { parseMarkdown, type Block } from './markdown.ts';

/** The guide's pages in reading order; a test checks this matches docs/guide/. */
export const GUIDE_ORDER = [
  'index', 'getting-started', 'scope', 'engage', 'analyse', 'recommend', 'report', 'follow-up',
  'search', 'team-work', 'networks', 'security', 'files-and-backups', 'frameworks', 'training', 'it',
] as const;

const SOURCES = import.meta.glob('../../../../docs/guide/*.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const IMAGES = import.meta.glob('../../../../docs/guide/images/*.png', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

export interface GuidePage {
  slug: string;
  title: string;
  blocks: Block[];
}

function load(slug: string): GuidePage | null {
  const source = SOURCES[`../../../../docs/guide/${slug}.md`];
  if (source === undefined) return null;
  const blocks = parseMarkdown(source);
  const heading = blocks.find((block) => block.kind === 'heading' && block.level === 1);
  return { slug, title: heading?.kind === 'heading' ? heading.text : slug, blocks: blocks.filter((block) => block !== heading) };
}

export const GUIDE_PAGES: readonly GuidePage[] = GUIDE_ORDER.map(load).filter((page): page is GuidePage => page !== null);

/** The bundled URL of a guide image (by file name), or undefined if it is missing. */
export function imageUrl(fileName: string): string | undefined {
  return IMAGES[`../../../../docs/guide/images/${fileName}`];
}
