/**
 * Nothing is kept in localStorage or sessionStorage (issue 10): they are plain files on
 * disk that no key protects. Keys and settings live in the keyring (crypto/keyring.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = [join(import.meta.dirname, '..'), join(import.meta.dirname, '../../../electron')];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('web storage', () => {
  it('is never used by the app', () => {
    const files = ROOTS.flatMap(sources);
    expect(files.length).toBeGreaterThan(50);
    // Uses, not mentions: a property access or call, outside comments.
    const use = /\b(localStorage|sessionStorage)\s*(\.|\[|\))|document\.cookie/;
    const offenders = files.filter((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .some((line) => !/^\s*(\/\/|\*|\/\*)/.test(line) && use.test(line)),
    );
    expect(offenders).toEqual([]);
  });
});
