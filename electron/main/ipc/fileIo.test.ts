import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileCapped, writeFileAtomic } from './fileIo';

// Real file system, with every call recorded, so the order of a save can be checked.
const recorder = vi.hoisted(() => ({ calls: [] as string[], opened: [] as string[], failRename: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const record = (handle: FileHandle): FileHandle =>
    new Proxy(handle, {
      get(target, key) {
        const value: unknown = Reflect.get(target, key, target);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          recorder.calls.push(`handle.${String(key)}`);
          return (value as (...args: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  return {
    ...actual,
    open: async (file: string, flags: string, mode?: number) => {
      recorder.calls.push(`open ${flags}`);
      recorder.opened.push(file);
      return record(await actual.open(file, flags, mode));
    },
    rename: async (from: string, to: string) => {
      recorder.calls.push('rename');
      if (recorder.failRename) throw new Error('disk full');
      return actual.rename(from, to);
    },
  };
});

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'lr-fileio-'));
  recorder.calls = [];
  recorder.opened = [];
  recorder.failRename = false;
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('writes a temporary file in the same folder, flushes it, then renames it over the target', async () => {
    const target = path.join(folder, 'review.json');
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect(recorder.calls.slice(0, 5)).toEqual(['open wx', 'handle.writeFile', 'handle.sync', 'handle.close', 'rename']);
    expect(path.dirname(recorder.opened[0] ?? '')).toBe(folder);
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    expect(readdirSync(folder)).toEqual(['review.json']);
  });

  it.skipIf(process.platform === 'win32')('keeps the file private to the user', async () => {
    const target = path.join(folder, 'review.json');
    await writeFileAtomic(target, new Uint8Array([1]));
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('replaces an existing file', async () => {
    const target = path.join(folder, 'report.docx');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, new TextEncoder().encode('new'));
    expect(readFileSync(target, 'utf8')).toBe('new');
  });

  it('leaves the old file intact and no temporary file behind when the rename fails', async () => {
    const target = path.join(folder, 'report.docx');
    writeFileSync(target, 'old');
    recorder.failRename = true;
    await expect(writeFileAtomic(target, new TextEncoder().encode('new'))).rejects.toThrow('disk full');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(folder)).toEqual(['report.docx']);
  });
});

describe('readFileCapped', () => {
  it('returns the bytes of a regular file', async () => {
    const file = path.join(folder, 'in.json');
    writeFileSync(file, '{"a":1}');
    const bytes = await readFileCapped(file, 1024);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(bytes)).toBe('{"a":1}');
  });

  it('refuses a file over the cap before reading it', async () => {
    const file = path.join(folder, 'big.json');
    writeFileSync(file, 'x'.repeat(11));
    await expect(readFileCapped(file, 10)).rejects.toThrow(/larger than/);
    expect(recorder.calls).not.toContain('handle.read');
  });

  it('accepts a file exactly at the cap', async () => {
    const file = path.join(folder, 'edge.json');
    writeFileSync(file, 'x'.repeat(10));
    expect((await readFileCapped(file, 10)).byteLength).toBe(10);
  });

  it('refuses a folder', async () => {
    const sub = path.join(folder, 'sub');
    mkdirSync(sub);
    await expect(readFileCapped(sub, 10)).rejects.toThrow(/regular files/);
    expect(existsSync(sub)).toBe(true);
  });
});
