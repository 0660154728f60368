/**
 * Fuzz test of the peer-network CSV import: random bytes-as-text and mutated templates
 * either parse into a network the review-file schema accepts, or throw the plain
 * NetworkImportError; never anything else, and never slowly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NetworkImportError, networkFigures, networkSchema, networkTemplate, parseNetworkCsv, type NetworkFiles } from '../../renderer/src/domain/network/index.ts';

const KEYS = ['people', 'incidents', 'institutions', 'links'] as const;
const TEMPLATE = networkTemplate();
const ALPHABET = ['a', 'A', 'Z', '1', '-', ',', '"', '\r', '\n', ' ', '\uFEFF', 'YP1', 'INC01', 'SCH01', 'victim', '2024-09-01', '2020-02-30', 'Mr', 'Jo Smith'];
const csvText = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 80 }).map((parts) => parts.join(''));

function check(files: NetworkFiles) {
  const started = performance.now();
  try {
    const network = parseNetworkCsv(files);
    const stored = { id: '00000000-0000-4000-8000-000000000001', title: 'Fuzz', sourceNote: '', createdAt: '2026-01-01T00:00:00.000Z', ...network };
    expect(networkSchema.safeParse(stored).success).toBe(true);
    const figures = networkFigures(network);
    expect(figures.keptShare).toBeGreaterThanOrEqual(0);
    expect(figures.keptShare).toBeLessThanOrEqual(1);
  } catch (error) {
    if (!(error instanceof NetworkImportError)) throw error;
    expect(error.message).toMatch(/^(people|incidents|institutions|links)\.csv, line \d+, column \d+/);
  }
  expect(performance.now() - started).toBeLessThan(1000);
}

describe('network CSV import (fuzz)', () => {
  it('accepts only valid networks and otherwise gives its plain error', () => {
    fc.assert(fc.property(fc.constantFrom(...KEYS), csvText, (key, text) => check({ ...TEMPLATE, [key]: text })), { numRuns: 300 });
  });

  it('survives mutations of a valid template', () => {
    const mutated = fc.record({ key: fc.constantFrom(...KEYS), at: fc.nat(), insert: fc.constantFrom(...ALPHABET), cut: fc.nat({ max: 4 }) });
    fc.assert(fc.property(fc.array(mutated, { maxLength: 6 }), (edits) => {
      const files: NetworkFiles = { ...TEMPLATE };
      for (const { key, at, insert, cut } of edits) {
        const text = files[key];
        const i = text.length ? at % text.length : 0;
        files[key] = text.slice(0, i) + insert + text.slice(i + cut);
      }
      check(files);
    }), { numRuns: 300 });
  });
});
