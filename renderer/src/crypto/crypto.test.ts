import { describe, expect, it } from 'vitest';
import { DecryptionError, open, seal } from './aesGcm.ts';
import { deriveKeyFromPassphrase, fromBase64, newPbkdf2Params, toBase64 } from './kdf.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
// A low count keeps the unit test fast; the real count is checked in the vault tests and bench.
const FAST = 1_000;

describe('kdf and AES-GCM', () => {
  it('round-trips through base64', () => {
    const data = new Uint8Array(70_000).map((_, i) => i % 256);
    expect(fromBase64(toBase64(data))).toEqual(data);
  });

  it('derives the same key from the same passphrase and salt, a different one otherwise', async () => {
    const params = newPbkdf2Params(FAST);
    const key = await deriveKeyFromPassphrase('correct horse battery staple', params);
    const sealed = await seal(key, bytes('secret notes'));
    const again = await deriveKeyFromPassphrase('correct horse battery staple', params);
    expect(new TextDecoder().decode(await open(again, sealed))).toBe('secret notes');
    const wrong = await deriveKeyFromPassphrase('correct horse battery stapler', params);
    await expect(open(wrong, sealed)).rejects.toBeInstanceOf(DecryptionError);
    const otherSalt = await deriveKeyFromPassphrase('correct horse battery staple', newPbkdf2Params(FAST));
    await expect(open(otherSalt, sealed)).rejects.toBeInstanceOf(DecryptionError);
  });

  it('uses a fresh IV each time and refuses altered bytes or other additional data', async () => {
    const key = await deriveKeyFromPassphrase('p', newPbkdf2Params(FAST));
    const a = await seal(key, bytes('same'), bytes('table/id/1'));
    const b = await seal(key, bytes('same'), bytes('table/id/1'));
    expect(a.iv).not.toEqual(b.iv);
    expect(a.ciphertext).not.toEqual(b.ciphertext);
    await expect(open(key, a, bytes('table/other/1'))).rejects.toBeInstanceOf(DecryptionError);
    const flipped = { iv: a.iv, ciphertext: a.ciphertext.slice() };
    flipped.ciphertext[0]! ^= 1;
    await expect(open(key, flipped, bytes('table/id/1'))).rejects.toBeInstanceOf(DecryptionError);
    await expect(open(key, { iv: a.iv, ciphertext: a.ciphertext.slice(0, 10) }, bytes('table/id/1'))).rejects.toBeInstanceOf(DecryptionError);
    expect(new TextDecoder().decode(await open(key, a, bytes('table/id/1')))).toBe('same');
  });

  it('normalises the passphrase so composed and decomposed accents agree', async () => {
    const params = newPbkdf2Params(FAST);
    const composed = await deriveKeyFromPassphrase('caf\u00e9 au lait', params);
    const decomposed = await deriveKeyFromPassphrase('cafe\u0301 au lait', params);
    expect(new TextDecoder().decode(await open(decomposed, await seal(composed, bytes('x'))))).toBe('x');
  });
});
