/**
 * The encrypted file (format `local-review-encrypted`, version 1): a review file or a
 * backup sealed with AES-256-GCM under a key derived from a password (PBKDF2-SHA256).
 * The header is bound to the ciphertext as additional data (the IV through GCM itself),
 * so changing any field makes the file refuse to open. See
 * docs/encrypted-file.md; docs/encrypted-file.schema.json is generated from this schema.
 */
import { z } from 'zod';
import { DecryptionError, IV_BYTES, open, seal } from './aesGcm.ts';
import { assertFormat, assertNoPollutingKeys, fieldOf, FILE_MESSAGES, readJsonFile, ReviewFileError } from '../domain/reviewFileErrors.ts';
import { deriveKeyFromPassphrase, fromBase64, newPbkdf2Params, PBKDF2_ITERATIONS, SALT_BYTES, toBase64 } from './kdf.ts';

export const ENVELOPE_FORMAT = 'local-review-encrypted';
export const ENVELOPE_VERSION = 1;
/** The floor: OWASP's 2023 figure, the count Local Review itself uses. */
export const MIN_ITERATIONS = PBKDF2_ITERATIONS;
/** The ceiling: a hostile file must not freeze the app for minutes before failing. */
export const MAX_ITERATIONS = 10_000_000;
/** GCM's tag: a ciphertext shorter than this cannot be whole. */
const TAG_BYTES = 16;

export const ENVELOPE_CONTENTS = ['review-file', 'backup'] as const;
export type EnvelopeContents = (typeof ENVELOPE_CONTENTS)[number];

/**
 * Base64 of exactly `bytes` bytes. The padding is part of the pattern: 24 characters
 * alone could hold 16, 17 or 18 bytes. The pattern lands in the JSON Schema.
 */
function base64Of(bytes: number) {
  const tail = ['', '[A-Za-z0-9+/]{2}==', '[A-Za-z0-9+/]{3}='][bytes % 3];
  return z.base64().regex(new RegExp(`^(?:[A-Za-z0-9+/]{4}){${Math.floor(bytes / 3)}}${tail}$`), `must be base64 of exactly ${bytes} bytes`);
}

export const envelopeHeaderSchema = z.strictObject({
  format: z.literal(ENVELOPE_FORMAT),
  version: z.literal(ENVELOPE_VERSION),
  /** What the plaintext is: one v1 review file, or a backup of every review. */
  contents: z.enum(ENVELOPE_CONTENTS),
  kdf: z.strictObject({
    name: z.literal('PBKDF2-SHA256'),
    iterations: z.number().int().min(MIN_ITERATIONS).max(MAX_ITERATIONS),
    salt: base64Of(SALT_BYTES),
  }),
  cipher: z.strictObject({
    name: z.literal('AES-256-GCM'),
    iv: base64Of(IV_BYTES),
  }),
});

export const envelopeSchema = envelopeHeaderSchema.extend({
  /** Base64 of the AES-GCM ciphertext with its 16-byte tag at the end. */
  ciphertext: z.base64().min(4 * Math.ceil(TAG_BYTES / 3)),
});

export type EnvelopeHeader = z.infer<typeof envelopeHeaderSchema>;
export type Envelope = z.infer<typeof envelopeSchema>;

const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * The additional data: the header without the IV, as JSON with keys sorted and no
 * spaces (RFC 8785 for these plain strings and integers), so any tool can rebuild the
 * same bytes from the file. The IV is left out because seal() draws it (one place makes
 * IVs) and GCM already binds it: a changed IV fails just as a changed header does.
 */
export function canonicalHeader(header: EnvelopeHeader): Uint8Array<ArrayBuffer> {
  const { iv: _iv, ...cipher } = header.cipher;
  const sorted = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sorted((value as Record<string, unknown>)[key])]));
  };
  return utf8(JSON.stringify(sorted({ ...header, cipher })));
}

/** Seals `plaintext` under `password` (PBKDF2 at the app's count) and returns the envelope as UTF-8 JSON bytes. */
export async function encryptFile(plaintext: Uint8Array<ArrayBuffer>, password: string, contents: EnvelopeContents): Promise<Uint8Array<ArrayBuffer>> {
  const params = newPbkdf2Params();
  const key = await deriveKeyFromPassphrase(password, params, ['encrypt']);
  const header = (iv: string): EnvelopeHeader => ({
    format: ENVELOPE_FORMAT, version: ENVELOPE_VERSION, contents,
    kdf: { name: 'PBKDF2-SHA256', iterations: params.iterations, salt: params.salt },
    cipher: { name: 'AES-256-GCM', iv },
  });
  const sealed = await seal(key, plaintext, canonicalHeader(header('')));
  const envelope: Envelope = { ...header(toBase64(sealed.iv)), ciphertext: toBase64(sealed.ciphertext) };
  return utf8(`${JSON.stringify(envelope, null, 2)}\n`);
}

/** True when parsed JSON claims to be an encrypted file (of any version). */
export function isEnvelopeLike(json: unknown): boolean {
  return fieldOf(json, 'format') === ENVELOPE_FORMAT;
}

/** Validates parsed JSON as a v1 envelope, with a plain message for each way it can fail. */
export function parseEnvelope(json: unknown): Envelope {
  if (fieldOf(json, 'format') === 'local-review-file') throw new ReviewFileError(FILE_MESSAGES.notEncrypted, 'not-encrypted');
  assertFormat(json, ENVELOPE_FORMAT, ENVELOPE_VERSION);
  const iterations = fieldOf(fieldOf(json, 'kdf'), 'iterations');
  const rounds = (n: number) => n.toLocaleString('en-GB');
  if (typeof iterations === 'number' && iterations < MIN_ITERATIONS) {
    throw new ReviewFileError(`This file's password protection is weaker than Local Review allows (${rounds(iterations)} rounds, fewer than ${rounds(MIN_ITERATIONS)}). It was not made by Local Review, or it was changed, so it was not opened.`, 'iterations');
  }
  if (typeof iterations === 'number' && iterations > MAX_ITERATIONS) {
    throw new ReviewFileError(`This file asks for ${rounds(iterations)} rounds of password hashing, more than Local Review allows (${rounds(MAX_ITERATIONS)}); opening it would freeze the app, so it was not opened.`, 'iterations');
  }
  // Nesting, size and prototype keys are checked without recursion before the schema runs;
  // an envelope has no field worth naming to a reviewer, so any fault is "damaged".
  try {
    assertNoPollutingKeys(json);
  } catch (error) {
    throw new ReviewFileError(FILE_MESSAGES.damaged, 'damaged', { cause: error });
  }
  const result = envelopeSchema.safeParse(json);
  if (!result.success) throw new ReviewFileError(FILE_MESSAGES.damaged, 'damaged');
  return result.data;
}

const decode64 = (text: string): Uint8Array<ArrayBuffer> => {
  try {
    return fromBase64(text);
  } catch {
    throw new ReviewFileError(FILE_MESSAGES.damaged, 'damaged');
  }
};

/** Opens a parsed envelope with `password`; returns what it holds and the plaintext bytes. */
export async function openEnvelope(envelope: Envelope, password: string): Promise<{ contents: EnvelopeContents; plaintext: Uint8Array<ArrayBuffer> }> {
  const { ciphertext, ...header } = envelope;
  const sealed = { iv: decode64(header.cipher.iv), ciphertext: decode64(ciphertext) };
  if (sealed.ciphertext.length < TAG_BYTES) throw new ReviewFileError(FILE_MESSAGES.damaged, 'damaged');
  const params = { kdf: 'PBKDF2-SHA256' as const, iterations: header.kdf.iterations, salt: header.kdf.salt };
  const key = await deriveKeyFromPassphrase(password, params, ['decrypt']);
  try {
    return { contents: header.contents, plaintext: await open(key, sealed, canonicalHeader(header)) };
  } catch (error) {
    if (error instanceof DecryptionError) throw new ReviewFileError(FILE_MESSAGES.wrongPassword, 'wrong-password');
    throw error;
  }
}

/** Reads, validates and opens an encrypted file's bytes in one step. */
export async function decryptFile(bytes: Uint8Array, password: string): Promise<{ contents: EnvelopeContents; plaintext: Uint8Array<ArrayBuffer> }> {
  return openEnvelope(parseEnvelope(readJsonFile(bytes)), password);
}
