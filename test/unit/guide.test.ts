/**
 * The user guide stays whole: every page is bundled into Help, every picture it shows
 * exists and is one the screenshot script takes (and it takes no others), and every link
 * between pages leads somewhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDE_ORDER, GUIDE_PAGES } from '../../renderer/src/features/help/guidePages.ts';
import { guideImage, guideSlug, parseMarkdown, type Block, type Inline } from '../../renderer/src/features/help/markdown.ts';
import { SHOTS } from '../guide/shots.ts';

const DIR = 'docs/guide';
const files = readdirSync(DIR).filter((name) => name.endsWith('.md'));
const pages = files.map((file) => ({ file, blocks: parseMarkdown(readFileSync(`${DIR}/${file}`, 'utf8')) }));
const images = (blocks: Block[]) => blocks.flatMap((block) => (block.kind === 'image' ? [block.src] : []));
const links = (blocks: Block[]) => blocks.flatMap((block) => {
  const runs: Inline[] = block.kind === 'paragraph' ? block.content : block.kind === 'list' ? block.items.flat() : [];
  return runs.flatMap((run) => (run.kind === 'link' ? [run.href] : []));
});

describe('the user guide', () => {
  it('has a page for every stage and capability, each bundled into Help in order', () => {
    expect(files.map((file) => file.replace(/\.md$/, '')).sort()).toEqual([...GUIDE_ORDER].sort());
    expect(GUIDE_PAGES.map((page) => page.slug)).toEqual([...GUIDE_ORDER]);
    for (const stage of ['scope', 'engage', 'analyse', 'recommend', 'report', 'follow-up', 'search', 'security', 'files-and-backups', 'frameworks', 'it', 'training', 'networks', 'team-work']) {
      expect(GUIDE_ORDER, stage).toContain(stage);
    }
  });

  it.each(pages)('$file starts with its one title', ({ blocks }) => {
    expect(blocks[0]).toMatchObject({ kind: 'heading', level: 1 });
    expect(blocks.filter((block) => block.kind === 'heading' && block.level === 1)).toHaveLength(1);
  });

  it('shows only screenshots that exist, from the guide’s images folder, each with alt text', () => {
    for (const { file, blocks } of pages) {
      for (const block of blocks) {
        if (block.kind !== 'image') continue;
        const name = guideImage(block.src);
        expect(name, `${file}: ${block.src}`).not.toBeNull();
        expect(existsSync(`${DIR}/images/${name}`), `${file}: ${block.src} is missing; run npm run guide:screenshots`).toBe(true);
        expect(block.alt.trim(), `${file}: ${block.src} needs alt text`).not.toBe('');
      }
    }
  });

  it('shows exactly the screenshots the script takes, and the folder holds no others', () => {
    const shown = new Set(pages.flatMap(({ blocks }) => images(blocks).map((src) => guideImage(src))));
    const taken = new Set(SHOTS.map((shot) => shot.file));
    expect([...shown].sort()).toEqual([...taken].sort());
    expect(readdirSync(`${DIR}/images`).sort()).toEqual([...taken].sort());
  });

  it('links only to its own pages (the app never opens anything else)', () => {
    for (const { file, blocks } of pages) {
      for (const href of links(blocks)) {
        const slug = guideSlug(href);
        expect(slug, `${file}: ${href}`).not.toBeNull();
        expect(GUIDE_ORDER as readonly string[], `${file}: ${href}`).toContain(slug);
      }
    }
  });
});
