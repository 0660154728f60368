import { beforeAll, describe, expect, it } from 'vitest';
import { FILE_MESSAGES as MESSAGES, ReviewFileError, type FileProblem } from '../domain/reviewFileErrors.ts';
import { decryptFile, encryptFile, MAX_ITERATIONS, parseEnvelope, type Envelope } from './envelope.ts';
import { toBase64 } from './kdf.ts';

const PASSWORD = 'plum orchard lantern 42';
const plaintext = new TextEncoder().encode('{"format":"local-review-file","version":1}');
const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/** Expects decryptFile to refuse `bytes` for `problem`, with the given message when one is named. */
async function refuses(bytes: Uint8Array, problem: FileProblem, message?: string | RegExp, password = PASSWORD) {
  const error = await decryptFile(bytes, password).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ReviewFileError);
  expect((error as ReviewFileError).problem).toBe(problem);
  if (message) expect((error as Error).message).toMatch(message);
}

// The real iteration count: decryptFile refuses anything lower, so one sealed file is shared.
let sealedBytes: Uint8Array;
let envelope: Envelope;
beforeAll(async () => {
  sealedBytes = await encryptFile(plaintext.slice(), PASSWORD, 'review-file');
  envelope = JSON.parse(new TextDecoder().decode(sealedBytes)) as Envelope;
}, 60_000);

describe('encrypted file envelope', () => {
  it('round-trips: what goes in comes out, with what it holds', async () => {
    const opened = await decryptFile(sealedBytes, PASSWORD);
    expect(opened.contents).toBe('review-file');
    expect(opened.plaintext).toEqual(plaintext);
    expect(envelope).toMatchObject({ format: 'local-review-encrypted', version: 1, kdf: { name: 'PBKDF2-SHA256', iterations: 600_000 }, cipher: { name: 'AES-256-GCM' } });
    expect(new TextDecoder().decode(sealedBytes)).not.toContain('local-review-file');
  });

  it('refuses a wrong password with a plain sentence', async () => {
    await refuses(sealedBytes, 'wrong-password', MESSAGES.wrongPassword, 'plum orchard lantern 43');
  });

  it.each<[string, (e: Envelope) => Envelope]>([
    ['contents', (e) => ({ ...e, contents: 'backup' })],
    ['kdf.iterations', (e) => ({ ...e, kdf: { ...e.kdf, iterations: e.kdf.iterations + 1 } })],
    ['kdf.salt', (e) => ({ ...e, kdf: { ...e.kdf, salt: toBase64(new Uint8Array(16)) } })],
    ['cipher.iv', (e) => ({ ...e, cipher: { ...e.cipher, iv: toBase64(new Uint8Array(12)) } })],
    ['ciphertext', (e) => ({ ...e, ciphertext: `${e.ciphertext.slice(0, -8)}AAAAAAAA` })],
  ])('refuses the file when %s is altered', async (_field, alter) => {
    await refuses(bytesOf(alter(envelope)), 'wrong-password', MESSAGES.wrongPassword);
  });

  it.each<[string, (e: Envelope) => unknown]>([
    ['format', (e) => ({ ...e, format: 'local-review-encrypted-x' })],
    ['kdf.name', (e) => ({ ...e, kdf: { ...e.kdf, name: 'PBKDF2-SHA1' } })],
    ['cipher.name', (e) => ({ ...e, cipher: { ...e.cipher, name: 'AES-128-CBC' } })],
    ['an extra field', (e) => ({ ...e, note: 'hello' })],
    ['a missing ciphertext', ({ ciphertext: _c, ...rest }) => rest],
    ['a short salt', (e) => ({ ...e, kdf: { ...e.kdf, salt: 'AAAA' } })],
    ['bad base64 in the ciphertext', (e) => ({ ...e, ciphertext: `${e.ciphertext.slice(0, -4)}*!?#` })],
    ['a version of 0', (e) => ({ ...e, version: 0 })],
  ])('refuses %s without asking for the key', async (name, alter) => {
    const problem = name === 'format' ? 'not-a-review-file' : 'damaged';
    await refuses(bytesOf(alter(envelope)), problem, problem === 'damaged' ? MESSAGES.damaged : MESSAGES.notReviewFile);
  });

  it('refuses a file cut short', async () => {
    await refuses(sealedBytes.slice(0, Math.floor(sealedBytes.length / 2)), 'damaged', MESSAGES.damaged);
    // Shorter than GCM's tag: damaged before any key is derived; longer: the tag fails.
    await refuses(bytesOf({ ...envelope, ciphertext: envelope.ciphertext.slice(0, 16) }), 'damaged', MESSAGES.damaged);
    await refuses(bytesOf({ ...envelope, ciphertext: envelope.ciphertext.slice(0, 24) }), 'wrong-password');
  });

  it('refuses iteration counts below the floor or absurdly high, before deriving any key', async () => {
    const started = performance.now();
    await refuses(bytesOf({ ...envelope, kdf: { ...envelope.kdf, iterations: 1_000 } }), 'iterations', /weaker than Local Review allows \(1,000 rounds, fewer than 600,000\)/);
    await refuses(bytesOf({ ...envelope, kdf: { ...envelope.kdf, iterations: MAX_ITERATIONS + 1 } }), 'iterations', /10,000,001 rounds .* would freeze the app/);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('says a newer version needs a newer Local Review', async () => {
    await refuses(bytesOf({ ...envelope, version: 2, kdf: { name: 'Argon2id' } }), 'newer-version', MESSAGES.newerVersion);
  });

  it('says what is wrong with files that are not envelopes', async () => {
    await refuses(new TextEncoder().encode('Dear colleague, the notes are attached.'), 'not-a-review-file', MESSAGES.notReviewFile);
    await refuses(new Uint8Array([0xff, 0xfe, 0x00, 0x41]), 'not-a-review-file', MESSAGES.notReviewFile);
    await refuses(bytesOf([1, 2, 3]), 'not-a-review-file');
    await refuses(bytesOf({ format: 'local-review-file', version: 1 }), 'not-encrypted', MESSAGES.notEncrypted);
  });

  it('seals a fresh salt and IV every time', async () => {
    const other = parseEnvelope(JSON.parse(new TextDecoder().decode(await encryptFile(plaintext.slice(), PASSWORD, 'backup'))));
    expect(other.contents).toBe('backup');
    expect(other.kdf.salt).not.toBe(envelope.kdf.salt);
    expect(other.cipher.iv).not.toBe(envelope.cipher.iv);
  });
}, 120_000);
