/**
 * Wrapping the data key. The data key is a random AES-256-GCM key; it is stored only
 * wrapped (AES-GCM key wrapping through Web Crypto) under a key derived from the
 * passphrase (PBKDF2, kdf.ts) and, separately, under one derived from the recovery key
 * (HKDF-SHA256: the recovery key is already 256 random bits, so no slow KDF is needed).
 * Unwrapping straight into a non-extractable CryptoKey means the key's bytes never
 * reach JavaScript on unlock. Additional data names the wrapping, so a passphrase-wrapped
 * blob cannot be passed off as a recovery-wrapped one.
 */
import type { WrappedKey } from './keyring.ts';
import { IV_BYTES } from './aesGcm.ts';
import { deriveKeyFromPassphrase, randomBytes, type Pbkdf2Params } from './kdf.ts';

export type Wrapping = 'passphrase' | 'recovery key';

const DATA_KEY = { name: 'AES-GCM', length: 256 } as const;
const WRAP_USAGES: KeyUsage[] = ['wrapKey', 'unwrapKey'];

const additionalData = (wrapping: Wrapping) => new TextEncoder().encode(`local-review data key v1 by ${wrapping}`);

/** A fresh data key; extractable only so it can be wrapped, and dropped once it is. */
export function newExtractableDataKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey(DATA_KEY, true, ['encrypt', 'decrypt']);
}

export function passphraseWrappingKey(passphrase: string, params: Pbkdf2Params): Promise<CryptoKey> {
  return deriveKeyFromPassphrase(passphrase, params, WRAP_USAGES);
}

export async function recoveryWrappingKey(recoveryKey: Uint8Array<ArrayBuffer>, salt: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', recoveryKey, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: new TextEncoder().encode('local-review recovery key v1') },
    material,
    DATA_KEY,
    false,
    WRAP_USAGES,
  );
}

export async function wrapDataKey(dataKey: CryptoKey, wrappingKey: CryptoKey, wrapping: Wrapping): Promise<WrappedKey> {
  const iv = randomBytes(IV_BYTES);
  const ct = new Uint8Array(await crypto.subtle.wrapKey('raw', dataKey, wrappingKey, { name: 'AES-GCM', iv, additionalData: additionalData(wrapping) }));
  return { iv, ct };
}

/** Rejects (with Web Crypto's OperationError) when the wrapping key is the wrong one. */
export function unwrapDataKey(wrapped: WrappedKey, wrappingKey: CryptoKey, wrapping: Wrapping, extractable = false): Promise<CryptoKey> {
  return crypto.subtle.unwrapKey('raw', wrapped.ct, wrappingKey, { name: 'AES-GCM', iv: wrapped.iv, additionalData: additionalData(wrapping) }, DATA_KEY, extractable, ['encrypt', 'decrypt']);
}
