/**
 * Fuzzing the framework file: random JSON, and a valid file with one field changed,
 * removed or added. The parser either accepts a file it leaves exactly as given, or
 * refuses it with its own plain FrameworkFileError; no call takes over a second.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftFramework, FrameworkFileError, parseFrameworkFile, parseFrameworkFileText } from '../../renderer/src/domain/framework/index.ts';
import { generatedArea, sampleReview } from '../helpers/frameworkReviews.ts';

const base = draftFramework([sampleReview(), generatedArea(1, 'Eastmoor', { engagements: 3, wordsPerEngagement: 60, passagesPerEngagement: 2 })], { title: 'Fuzz framework', region: 'Fuzzshire' });
base.priorities[0]!.activities.push({ id: '10000000-0000-4000-8000-000000000001', title: 'An activity', detail: '', supportingPartnerIds: [base.framework.partners[0]!.id], timescale: '3-months', measures: '', recommendations: [] });
const json = JSON.parse(JSON.stringify(base)) as unknown;

/** Every path to a value in the file, found iteratively. */
function paths(value: unknown): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [];
  const stack: Array<{ v: unknown; p: Array<string | number> }> = [{ v: value, p: [] }];
  while (stack.length) {
    const { v, p } = stack.pop()!;
    if (p.length) out.push(p);
    if (v && typeof v === 'object') for (const [k, child] of Object.entries(v)) stack.push({ v: child, p: [...p, Array.isArray(v) ? Number(k) : k] });
  }
  return out;
}
const allPaths = paths(json);

function timed<T>(run: () => T): T {
  const start = performance.now();
  try {
    return run();
  } finally {
    expect(performance.now() - start).toBeLessThan(1000);
  }
}

function check(input: unknown): void {
  const before = JSON.stringify(input);
  try {
    const parsed = timed(() => parseFrameworkFile(input));
    // Accepted: exactly what was given (key order aside), and it parses again.
    expect(parsed).toStrictEqual(JSON.parse(before));
  } catch (error) {
    if (!(error instanceof FrameworkFileError)) throw error;
    expect(error.message.length).toBeGreaterThan(0);
    expect(JSON.stringify(input)).toBe(before);
  }
}

describe('framework file fuzzing', () => {
  it('refuses random JSON plainly', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      expect(() => parseFrameworkFile(value)).toThrow(FrameworkFileError);
    }), { numRuns: 150 });
    fc.assert(fc.property(fc.string(), (text) => {
      try {
        parseFrameworkFileText(text);
      } catch (error) {
        expect(error).toBeInstanceOf(FrameworkFileError);
      }
    }), { numRuns: 150 });
  });

  it('accepts or plainly refuses a valid file with one field changed, removed or added', () => {
    const anyValue = fc.oneof(fc.jsonValue(), fc.constantFrom('', ' ', 'x', -1, 1.5, null, [], {}, '2026-02-30', base.reviews[0]!.id));
    fc.assert(fc.property(fc.nat(allPaths.length - 1), fc.constantFrom('set', 'delete', 'add'), anyValue, (at, how, value) => {
      const copy = structuredClone(json) as Record<string, unknown>;
      const path = allPaths[at]!;
      let parent: Record<string | number, unknown> = copy;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
      const last = path[path.length - 1]!;
      if (how === 'set') parent[last] = value;
      else if (how === 'delete') {
        if (Array.isArray(parent)) parent.splice(Number(last), 1);
        else delete parent[last];
      } else if (!Array.isArray(parent)) parent.unexpected = value;
      check(copy);
    }), { numRuns: 120 });
  });
});
