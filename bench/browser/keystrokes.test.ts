import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { everyNth, keystrokes, searchDebounceMs } from './keystrokes.ts';

describe('keystrokes', () => {
  it('expects results for each new trimmed text, none for a key that changes nothing', () => {
    expect(keystrokes('a b')).toEqual([
      { key: 'a', expects: 'a' },
      { key: ' ', expects: null },
      { key: 'b', expects: 'a b' },
    ]);
    expect(keystrokes(' x').map((k) => k.expects)).toEqual([null, 'x']);
  });

  it('keys by code point, so accented and curly characters are one key each', () => {
    expect(keystrokes('café’').map((k) => k.key)).toEqual(['c', 'a', 'f', 'é', '’']);
  });

  it('takes every nth item from the first', () => {
    expect(everyNth([1, 2, 3, 4, 5], 2)).toEqual([1, 3, 5]);
  });

  it('reads the search box’s debounce from its source', () => {
    expect(searchDebounceMs('const DEBOUNCE_MS = 120;')).toBe(120);
    expect(searchDebounceMs('const OTHER = 1;')).toBeUndefined();
    const source = readFileSync(new URL('../../renderer/src/features/search/ReviewSearch.tsx', import.meta.url), 'utf8');
    expect(searchDebounceMs(source)).toBeGreaterThan(0);
  });
});
