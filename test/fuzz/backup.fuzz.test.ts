/** Fuzzes the backup reader (see properties.ts): no crash, a path, no call over 1 s, nothing invalid accepted. */
import { describe, expect, it } from 'vitest';
import { fuzz, fuzzRuns } from './properties.ts';

describe('backup fuzz', () => {
  it('reads mutated files soundly', () => {
    const counts = fuzz('backup', fuzzRuns(25));
    expect(counts.accepted + counts.refused).toBe(counts.runs);
  });
});
