/**
 * Source checks for the ways review text leaks outside the encrypted store (issue 10):
 * Chromium saves the state of open forms in its session files unless a control has
 * autocomplete off, keeps page titles in its history, and Web Storage is plain text on
 * disk. The profile scan (test/e2e/profile.spec.ts) proves the result end to end; these
 * name the offending line the moment one is written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const RENDERER = fileURLToPath(new URL('../../renderer/src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every `<input …>` and `<textarea …>` JSX tag of a file, with its line. */
function controlTags(source: string): Array<{ line: number; tag: string }> {
  const found: Array<{ line: number; tag: string }> = [];
  for (const match of source.matchAll(/<(input|textarea)\b/g)) {
    let end = match.index + match[0].length;
    for (let depth = 0; end < source.length; end += 1) {
      const char = source[end];
      if (char === '{') depth += 1;
      else if (char === '}') depth -= 1;
      else if (depth === 0 && char === '>') break;
    }
    found.push({ line: source.slice(0, match.index).split('\n').length, tag: source.slice(match.index, end) });
  }
  return found;
}

const files = sourceFiles(RENDERER).map((file) => ({ file: path.relative(RENDERER, file), source: readFileSync(file, 'utf8') }));

describe('nothing of a review is kept outside the encrypted store', () => {
  it('finds the renderer’s sources', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('every text box and text area has autocomplete off (no saved form state)', () => {
    const missing = files.flatMap(({ file, source }) => controlTags(source)
      .filter(({ tag }) => !/type="(checkbox|radio)"/.test(tag) && !tag.includes('autoComplete="off"'))
      .map(({ line }) => `${file}:${line}`));
    expect(missing).toEqual([]);
  });

  it('nothing uses localStorage or sessionStorage', () => {
    // Comments may name them; code may not.
    const code = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    const users = files.filter(({ source }) => /\b(localStorage|sessionStorage)\b/.test(code(source))).map(({ file }) => file);
    expect(users).toEqual([]);
  });

  it('the window title never names a review', () => {
    const titles = files.flatMap(({ file, source }) => [...source.matchAll(/document\.title\s*=\s*([^;]+);/g)]
      .filter((match) => /review|engagement|finding|notes/i.test(match[1]!.replace(/Local Review/g, '')))
      .map((match) => `${file}: ${match[0]}`));
    expect(titles).toEqual([]);
  });
});
