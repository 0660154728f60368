import { describe, expect, it } from 'vitest';
import { KeptPerLists } from './keptPerLists.ts';

describe('KeptPerLists', () => {
  it('keeps a value while every list is the same object, and makes it again when one is not', () => {
    const kept = new KeptPerLists<number>();
    const a = [1];
    const b = [2];
    let made = 0;
    const make = () => ++made;
    expect(kept.get([a, b])).toBeUndefined();
    expect(kept.getOrMake([a, b], make)).toBe(1);
    expect(kept.getOrMake([a, b], make)).toBe(1);
    expect(kept.getOrMake([a, [2]], make)).toBe(2); // an equal but new list
    expect(kept.get([a, b])).toBeUndefined(); // one value per first list
    expect(kept.getOrMake([a, [2], 'today'], make)).toBe(3);
    expect(kept.get([a, b, 'today'])).toBeUndefined();
  });
});
