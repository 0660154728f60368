import { describe, expect, it } from 'vitest';
import { count, noun, plural } from './counts.ts';

describe('counts in words', () => {
  it('agrees the noun with the number', () => {
    expect(plural(1, 'theme')).toBe('1 theme');
    expect(plural(0, 'theme')).toBe('0 themes');
    expect(plural(2, 'agency', 'agencies')).toBe('2 agencies');
    expect(noun(1, 'rests', 'rest')).toBe('rests');
  });

  it('separates thousands', () => {
    expect(count(999)).toBe('999');
    expect(count(1234567)).toBe('1,234,567');
    expect(plural(20000, 'word')).toBe('20,000 words');
  });
});
