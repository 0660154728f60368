import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FileKind } from './ipc-contract';
import { isWindowsReservedName } from './reservedNames';
import { MAX_FILE_NAME_STEM, safeFileName } from './safeFileName';

describe('safeFileName', () => {
  it.each<[string, FileKind, string]>([
    ['Review of agency responses', 'docx', 'Review of agency responses.docx'],
    ['../../etc/passwd', 'review-file', 'passwd.json'],
    ['C:\\Users\\someone\\Desktop\\summary', 'xlsx', 'summary.xlsx'],
    ['/absolute/path/report', 'docx', 'report.docx'],
    ['..', 'docx', 'review.docx'],
    ['', 'docx', 'review.docx'],
    ['   ...   ', 'xlsx', 'review.xlsx'],
    ['Report: draft? <v2> "final" | *', 'docx', 'Report draft v2 final.docx'],
    ['line\nbreak\ttab\u0000nul', 'docx', 'linebreaktabnul.docx'],
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

  it('caps the length without splitting characters', () => {
    const name = safeFileName('é'.repeat(300), 'docx');
    expect(Array.from(name.slice(0, -'.docx'.length))).toHaveLength(MAX_FILE_NAME_STEM);
    expect(safeFileName('😀'.repeat(300), 'docx')).toBe(`${'😀'.repeat(MAX_FILE_NAME_STEM)}.docx`);
  });

  it('never yields a path, a dot segment, a forbidden character or a device name', () => {
    const kinds: FileKind[] = ['review-file', 'encrypted-file', 'docx', 'xlsx', 'text', 'png', 'svg', 'csv'];
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom(...kinds), (input, kind) => {
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
