import { describe, expect, it } from 'vitest';
import { characterMarker, hasSteeringCharacters, visibleText } from './visibleText.ts';

describe('visibleText', () => {
  it('leaves ordinary text, including right-to-left scripts and emoji, exactly as it is', () => {
    for (const text of ['County lines', 'مراجعة محلية', 'שלום', 'Youth club 👧🏽', 'Ünïcödé – “quotes”', '']) {
      expect(visibleText(text)).toBe(text);
      expect(hasSteeringCharacters(text)).toBe(false);
    }
  });

  it('shows bidi overrides, embeddings and isolates as markers instead of obeying them', () => {
    expect(visibleText('Safe\u202Ecod.exe')).toBe('Safe⟨U+202E⟩cod.exe');
    expect(visibleText('\u202A\u202B\u202C\u202D')).toBe('⟨U+202A⟩⟨U+202B⟩⟨U+202C⟩⟨U+202D⟩');
    expect(visibleText('a\u2066b\u2067c\u2068d\u2069')).toBe('a⟨U+2066⟩b⟨U+2067⟩c⟨U+2068⟩d⟨U+2069⟩');
    expect(hasSteeringCharacters('x\u202E')).toBe(true);
  });

  it('shows C0 and C1 control characters as markers', () => {
    expect(visibleText('tab\there\nnull\u0000')).toBe('tab⟨U+0009⟩here⟨U+000A⟩null⟨U+0000⟩');
    expect(visibleText('del\u007f c1\u0085\u009f')).toBe('del⟨U+007F⟩ c1⟨U+0085⟩⟨U+009F⟩');
  });

  it('is idempotent and linear on long input', () => {
    const hostile = '\u202E'.repeat(50_000) + 'x'.repeat(50_000);
    const started = performance.now();
    const once = visibleText(hostile);
    expect(performance.now() - started).toBeLessThan(500);
    expect(visibleText(once)).toBe(once);
    expect(characterMarker('\u202E')).toBe('⟨U+202E⟩');
  });
});
