/**
 * docs/encrypted-file.md says how to open an encrypted file with standard tools. This
 * follows that recipe with Node's own crypto (OpenSSL), not the app's code, so the
 * documentation and the app cannot drift apart.
 */
import { createDecipheriv, pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encryptFile } from '../../renderer/src/crypto/envelope.ts';

interface Envelope {
  kdf: { iterations: number; salt: string };
  cipher: { iv: string };
  ciphertext: string;
  [field: string]: unknown;
}

/** JSON with sorted keys and no whitespace, as the documentation describes. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

describe('the documented decryption recipe', () => {
  it('opens a file the app sealed, with PBKDF2-HMAC-SHA256 and AES-256-GCM from OpenSSL', async () => {
    const password = 'cafe\u0301 garden tortoise'; // decomposed: the recipe normalises to NFC
    const plaintext = new TextEncoder().encode('{"format":"local-review-file"}');
    const envelope = JSON.parse(new TextDecoder().decode(await encryptFile(plaintext.slice(), password, 'review-file'))) as Envelope;

    const key = pbkdf2Sync(Buffer.from(password.normalize('NFC'), 'utf8'), Buffer.from(envelope.kdf.salt, 'base64'), envelope.kdf.iterations, 32, 'sha256');
    const { ciphertext: _ciphertext, ...header } = envelope;
    const additionalData = canonical({ ...header, cipher: { name: 'AES-256-GCM' } });
    expect(additionalData).toMatch(/^\{"cipher":\{"name":"AES-256-GCM"\},"contents":"review-file","format":"local-review-encrypted","kdf":\{"iterations":600000,"name":"PBKDF2-SHA256","salt":"[^"]+"\},"version":1\}$/);

    const sealed = Buffer.from(envelope.ciphertext, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(envelope.cipher.iv, 'base64'));
    decipher.setAAD(Buffer.from(additionalData, 'utf8'));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    const opened = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]);
    expect(new Uint8Array(opened)).toEqual(plaintext);
  });
});
