/** Fuzzes the envelope reader (see properties.ts): no crash, a path, no call over 1 s, nothing invalid accepted. */
import { describe, expect, it } from 'vitest';
import { fuzz, fuzzRuns } from './properties.ts';

describe('envelope fuzz', () => {
  it('reads mutated files soundly', () => {
    const counts = fuzz('envelope', fuzzRuns(300));
    expect(counts.accepted + counts.refused).toBe(counts.runs);
  });
});
