import { describe, expect, it } from 'vitest';
import { formatRecoveryKey, newRecoveryKey, parseRecoveryKey, RECOVERY_KEY_CHARS, RecoveryKeyFormatError } from './recoveryKey.ts';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

describe('recovery key', () => {
  it('shows 256 random bits as 14 groups of 4 and reads them back', () => {
    const { bytes, text } = newRecoveryKey();
    expect(RECOVERY_KEY_CHARS).toBe(56);
    expect(text.split('-').map((g) => g.length)).toEqual(Array(14).fill(4));
    expect(parseRecoveryKey(text)).toEqual(bytes);
    expect(parseRecoveryKey(text.toLowerCase().replace(/-/g, '  '))).toEqual(bytes);
    expect(newRecoveryKey().text).not.toBe(text);
  });

  it('catches every single wrong character and every swap of two neighbours', () => {
    const text = formatRecoveryKey(crypto.getRandomValues(new Uint8Array(32))).replace(/-/g, '');
    for (let i = 0; i < text.length; i++) {
      for (const c of ALPHABET) {
        if (c === text[i]) continue;
        const typo = text.slice(0, i) + c + text.slice(i + 1);
        expect(() => parseRecoveryKey(typo)).toThrow(RecoveryKeyFormatError);
      }
      if (i + 1 < text.length && text[i] !== text[i + 1]) {
        const swapped = text.slice(0, i) + text[i + 1]! + text[i]! + text.slice(i + 2);
        expect(() => parseRecoveryKey(swapped)).toThrow('typo');
      }
    }
  });

  it('says plainly what is wrong with a mistyped key', () => {
    const text = newRecoveryKey().text;
    expect(() => parseRecoveryKey(text.slice(0, -4))).toThrow('A recovery key has 56 letters and digits (14 groups of 4); this one has 52.');
    expect(() => parseRecoveryKey(`${text}!`)).toThrow('“!” is not one of them');
    expect(() => parseRecoveryKey('')).toThrow('this one has 0');
  });
});
