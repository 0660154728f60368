import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FileKind } from './ipc-contract';
import { FILE_KINDS } from './fileKinds';
import { isWindowsReservedName } from './reservedNames';
import { MAX_FILE_NAME_BYTES, MAX_FILE_NAME_STEM, safeFileName } from './safeFileName';

const KINDS = Object.keys(FILE_KINDS) as FileKind[];
const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('safeFileName', () => {
  it.each<[string, FileKind, string]>([
    ['Review of agency responses', 'docx', 'Review of agency responses.docx'],
    ['../../etc/passwd', 'review-file', 'etc-passwd.json'],
    ['C:\\Users\\someone\\Desktop\\summary', 'xlsx', 'C-Users-someone-Desktop-summary.xlsx'],
    ['/absolute/path/report', 'docx', 'absolute-path-report.docx'],
    ['Northgate 2025/26 review report', 'docx', 'Northgate 2025-26 review report.docx'],
    ['Northgate 2025\\26 review workbook', 'xlsx', 'Northgate 2025-26 review workbook.xlsx'],
    ['A / B review', 'docx', 'A-B review.docx'],
    ['./../ only dots / .. / name', 'docx', 'only dots-name.docx'],
    ['..', 'docx', 'review.docx'],
    ['', 'docx', 'review.docx'],
    ['   ...   ', 'xlsx', 'review.xlsx'],
    ['Report: draft? <v2> "final" | *', 'docx', 'Report draft v2 final.docx'],
    ['line\nbreak\ttab\u0000nul', 'docx', 'line break tabnul.docx'],
    ['report\u202excod.exe', 'docx', 'reportxcod.exe.docx'],
    ['a..b...c', 'docx', 'a.b.c.docx'],
    ['report.docx', 'docx', 'report.docx'],
    ['report.DOCX', 'docx', 'report.docx'],
    ['report.json', 'docx', 'report.json.docx'],
    ['.hidden', 'review-file', 'hidden.json'],
    ['trailing dots. . .', 'xlsx', 'trailing dots.xlsx'],
    ['CON', 'docx', 'review-CON.docx'],
    ['nul.backup', 'review-file', 'review-nul.backup.json'],
    ['Backup 2026-12-05.lrenc', 'encrypted-file', 'Backup 2026-12-05.lrenc'],
    ['com1', 'xlsx', 'review-com1.xlsx'],
    ['Console notes', 'docx', 'Console notes.docx'],
  ])('turns %j (%s) into %j', (input, kind, expected) => {
    expect(safeFileName(input, kind)).toBe(expected);
  });

  it('caps the length in characters and in bytes without splitting characters', () => {
    const name = safeFileName('é'.repeat(300), 'docx');
    expect(Array.from(name.slice(0, -'.docx'.length)).length).toBeLessThanOrEqual(MAX_FILE_NAME_STEM);
    expect(name.endsWith('….docx')).toBe(true);
    // 100 emoji are 400 bytes: more than Linux or macOS allow in a name.
    const emoji = safeFileName('😀'.repeat(300), 'docx');
    expect(bytes(emoji)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(emoji).toMatch(/^(😀)+….docx$/u);
  });

  const longTitle = 'Partnership review of serious youth violence, county lines and child criminal exploitation across Northgate 2025/26';

  it('shortens a long title, never the words after it or the extension, so the kinds never share a name', () => {
    const names = [
      safeFileName(`${longTitle} report`, 'docx'),
      safeFileName(`${longTitle} workbook`, 'xlsx'),
      safeFileName(`${longTitle} (review file)`, 'review-file'),
      safeFileName(`${longTitle} (review file)`, 'encrypted-file'),
    ];
    expect(names).toEqual([
      'Partnership review of serious youth violence, county lines and child criminal exploitation… report.docx',
      'Partnership review of serious youth violence, county lines and child criminal exploitation… workbook.xlsx',
      'Partnership review of serious youth violence, county lines and child criminal… (review file).json',
      'Partnership review of serious youth violence, county lines and child criminal… (review file).lrenc',
    ]);
    const stems = names.map((name) => name.slice(0, name.lastIndexOf('.')));
    expect(new Set(stems).size).toBe(3); // the plain and encrypted review files differ in their extension
    for (const name of names) expect(Array.from(name.slice(0, name.lastIndexOf('.'))).length).toBeLessThanOrEqual(MAX_FILE_NAME_STEM);
  });

  it('shortens a title of one enormous word quickly, still keeping the suffix', () => {
    const started = performance.now();
    expect(safeFileName(`${'x'.repeat(100_000)} report`, 'docx')).toBe(`${'x'.repeat(MAX_FILE_NAME_STEM - 8)}… report.docx`);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('keeps every word of a title that fits', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9]{1,8}$/);
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.constantFrom('/', '\\', ' '), fc.constantFrom(...KINDS), (words, separator, kind) => {
      const name = safeFileName(words.join(separator), kind);
      let from = 0;
      for (const w of words) {
        const at = name.indexOf(w, from);
        expect(at).toBeGreaterThanOrEqual(from);
        from = at + w.length;
      }
    }), { numRuns: 500 });
  });

  it('is stable: its own result comes back unchanged, within every limit, and never shared by two kinds', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.constantFrom(...KINDS), (title, kind) => {
      const name = safeFileName(title, kind);
      expect(safeFileName(name, kind)).toBe(name);
      expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
      const suffixed = [safeFileName(`${title} report`, 'docx'), safeFileName(`${title} workbook`, 'xlsx'), safeFileName(`${title} (review file)`, 'review-file')];
      expect(new Set(suffixed.map((n) => n.slice(0, n.lastIndexOf('.')))).size).toBe(3);
    }), { numRuns: 1000 });
  });

  it('never yields a path, a dot segment, a forbidden character or a device name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom(...KINDS), (input, kind) => {
        const name = safeFileName(input, kind);
        return (
          // eslint-disable-next-line no-control-regex -- control characters must never survive
          !/[/\\<>:"|?*\u0000-\u001f]/.test(name) &&
          !name.includes('..') &&
          !name.startsWith('.') &&
          !isWindowsReservedName(name) &&
          name.length > 0
        );
      }),
      { numRuns: 2000 },
    );
  });
});
