import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isStale, newestChange } from './build.ts';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the renderer build check', () => {
  it('finds the newest file anywhere under a folder, and 0 for nothing', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'bench-build-'));
    made.push(root);
    mkdirSync(path.join(root, 'a/b'), { recursive: true });
    writeFileSync(path.join(root, 'old.ts'), '');
    writeFileSync(path.join(root, 'a/b/new.ts'), '');
    utimesSync(path.join(root, 'old.ts'), 1_000, 1_000);
    utimesSync(path.join(root, 'a/b/new.ts'), 2_000_000, 2_000_000);
    for (const dir of [path.join(root, 'a/b'), path.join(root, 'a'), root]) utimesSync(dir, 1_000, 1_000);
    expect(newestChange(root)).toBe(2_000_000_000);
    expect(newestChange(path.join(root, 'old.ts'))).toBe(1_000_000);
    expect(newestChange(path.join(root, 'missing'))).toBe(0);
  });

  it('rebuilds when there is no build or a source is newer', () => {
    expect(isStale(undefined, 0)).toBe(true);
    expect(isStale(100, 200)).toBe(true);
    expect(isStale(200, 200)).toBe(false);
    expect(isStale(300, 200)).toBe(false);
  });
});
