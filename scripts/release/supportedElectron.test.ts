import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { electronMajor, oldestSupportedMajor, supportProblem, type SupportedElectronTable } from './supportedElectron.ts';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const table = readJson<SupportedElectronTable>('scripts/release/supportedElectron.json');
const pinnedRange = readJson<{ devDependencies: Record<string, string> }>('package.json').devDependencies.electron ?? '';
const installed = readJson<{ version: string }>('node_modules/electron/package.json').version;

describe('the pinned Electron is still supported', () => {
  it.each([['package.json', pinnedRange], ['node_modules/electron', installed]])('the Electron named by %s (%s) is not older than the oldest supported major today', (_where, version) => {
    expect(supportProblem(table, version, new Date())).toBeNull();
  });

  it('package.json and the installed copy name the same major', () => {
    expect(electronMajor(installed)).toBe(electronMajor(pinnedRange));
  });

  it('the table gives the Chromium and Node lines of the pinned major (the SBOM lists them)', () => {
    expect(table.versions[String(electronMajor(installed))]).toEqual({ chromium: expect.stringMatching(/^\d+/), node: expect.stringMatching(/^\d+/) });
  });

  it('the table is well formed: a real date, three consecutive majors, an 8-week cadence', () => {
    expect(table.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(table.checked))).toBe(false);
    const [first = 0] = table.supportedMajors;
    expect(table.supportedMajors).toEqual([first, first + 1, first + 2]);
    expect(table.cadenceDays).toBe(56);
  });
});

describe('oldestSupportedMajor', () => {
  const sample: SupportedElectronTable = { checked: '2026-12-05', supportedMajors: [43, 44, 45], cadenceDays: 56, versions: {} };

  it('is the table’s oldest on the day it was checked, and before', () => {
    expect(oldestSupportedMajor(sample, new Date('2026-12-05T12:00:00Z'))).toBe(43);
    expect(oldestSupportedMajor(sample, new Date('2026-01-01T00:00:00Z'))).toBe(43);
  });

  it('moves up one major every 56 days after the check', () => {
    expect(oldestSupportedMajor(sample, new Date('2027-01-29T00:00:00Z'))).toBe(43);
    expect(oldestSupportedMajor(sample, new Date('2027-01-30T00:00:00Z'))).toBe(44);
    expect(oldestSupportedMajor(sample, new Date('2027-03-27T00:00:00Z'))).toBe(45);
    expect(oldestSupportedMajor(sample, new Date('2027-05-22T00:00:00Z'))).toBe(46);
  });

  it('fails once the pinned major falls out of support, with a message saying what to do', () => {
    expect(supportProblem(sample, '^45.4.1', new Date('2027-05-21T00:00:00Z'))).toBeNull();
    const problem = supportProblem(sample, '^45.4.1', new Date('2027-05-22T00:00:00Z'));
    expect(problem).toMatch(/Electron 45 \(pinned \^45\.4\.1\) is older than 46/);
    expect(problem).toMatch(/update it by hand/);
    expect(supportProblem(sample, '42.0.0', new Date('2026-12-05T00:00:00Z'))).toMatch(/older than 43/);
  });

  it('refuses a table without a date or majors, and a version that is not one', () => {
    expect(() => oldestSupportedMajor({ ...sample, checked: 'soon' }, new Date())).toThrow(/not a date/);
    expect(() => oldestSupportedMajor({ ...sample, supportedMajors: [] }, new Date())).toThrow(/no supported majors/);
    expect(() => electronMajor('latest')).toThrow(/Not an Electron version/);
  });
});
