import { describe, expect, it } from 'vitest';
import { guideImage, guideSlug, parseInline, parseMarkdown } from './markdown.ts';

describe('parseMarkdown', () => {
  it('reads headings, paragraphs joined across lines, lists, images and code', () => {
    const blocks = parseMarkdown([
      '# Scope', '', 'Agree what the review', 'covers first.', '', '## Steps', '- one', '- two', '  continued', '1. first', '2. second', '',
      '![The Scope stage](images/scope.png)', '', '```', 'msiexec /i "Local Review.msi" /qn', '```', '<!-- a comment -->',
    ].join('\n'));
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Scope' },
      { kind: 'paragraph', content: [{ kind: 'text', text: 'Agree what the review covers first.' }] },
      { kind: 'heading', level: 2, text: 'Steps' },
      { kind: 'list', ordered: false, items: [[{ kind: 'text', text: 'one' }], [{ kind: 'text', text: 'two continued' }]] },
      { kind: 'list', ordered: true, items: [[{ kind: 'text', text: 'first' }], [{ kind: 'text', text: 'second' }]] },
      { kind: 'image', alt: 'The Scope stage', src: 'images/scope.png' },
      { kind: 'code', text: 'msiexec /i "Local Review.msi" /qn' },
    ]);
  });

  it('keeps markup as text: nothing becomes HTML', () => {
    expect(parseMarkdown('<img src=x onerror=alert(1)> & <b>bold</b>')).toEqual([
      { kind: 'paragraph', content: [{ kind: 'text', text: '<img src=x onerror=alert(1)> & <b>bold</b>' }] },
    ]);
  });

  it('is linear on long input', () => {
    const started = performance.now();
    parseMarkdown(`${'word **bold** `code` [link](scope.md) '.repeat(2_000)}\n`.repeat(5));
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('parseInline', () => {
  it('splits bold, code and links from plain text', () => {
    expect(parseInline('Press **Lock** or `Ctrl+Shift+L`; see [Security](security.md).')).toEqual([
      { kind: 'text', text: 'Press ' }, { kind: 'strong', text: 'Lock' }, { kind: 'text', text: ' or ' }, { kind: 'code', text: 'Ctrl+Shift+L' },
      { kind: 'text', text: '; see ' }, { kind: 'link', text: 'Security', href: 'security.md' }, { kind: 'text', text: '.' },
    ]);
  });
});

describe('guideSlug and guideImage', () => {
  it.each([['scope.md', 'scope'], ['./follow-up.md', 'follow-up'], ['it.md#wipe', 'it']])('%s is the guide page %s', (href, slug) => expect(guideSlug(href)).toBe(slug));
  it.each(['https://example.org/', '../security.md', '../../SECURITY.md', 'javascript:alert(1)', 'file:///etc/passwd', 'scope.md.exe'])('%s is not a guide page', (href) => expect(guideSlug(href)).toBeNull());
  it('accepts only images in the guide’s images folder', () => {
    expect(guideImage('images/scope.png')).toBe('scope.png');
    expect(guideImage('../images/x.png')).toBeNull();
    expect(guideImage('https://example.org/x.png')).toBeNull();
  });
});
