import { describe, expect, it } from 'vitest';
import { safeDownloadName } from './fileNames.ts';

describe('safeDownloadName', () => {
  it.each([
    ['Eastbridge review', 'Eastbridge review.json'],
    ['../../etc/passwd', 'etc passwd.json'],
    ['C:\\Windows\\system32', 'C Windows system32.json'],
    ['con', 'review.json'],
    ['  ...  ', 'review.json'],
    ['a\u202Egnp.exe', 'a gnp.exe.json'],
    ['report.json', 'report.json'],
    ['x'.repeat(300), `${'x'.repeat(120)}.json`],
  ])('%j → %j', (input, expected) => {
    expect(safeDownloadName(input, '.json')).toBe(expected);
  });
});
