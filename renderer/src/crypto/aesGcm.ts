/**
 * AES-256-GCM with a fresh 96-bit IV per message and optional additional data, through
 * Web Crypto. Every stored row, wrapped key and encrypted file uses these two functions,
 * so there is one place where an IV is made.
 */
import { randomBytes } from './kdf.ts';

export const IV_BYTES = 12;

export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  /** Ciphertext with GCM's 128-bit tag at its end. */
  ciphertext: Uint8Array<ArrayBuffer>;
}

/** Thrown when a ciphertext does not open: wrong key, altered bytes or wrong additional data. */
export class DecryptionError extends Error {
  constructor(message = 'The data could not be decrypted: the key is wrong or the data was altered.') {
    super(message);
    this.name = 'DecryptionError';
  }
}

export async function seal(key: CryptoKey, plaintext: Uint8Array<ArrayBuffer>, additionalData?: Uint8Array<ArrayBuffer>): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const params: AesGcmParams = additionalData ? { name: 'AES-GCM', iv, additionalData } : { name: 'AES-GCM', iv };
  return { iv, ciphertext: new Uint8Array(await crypto.subtle.encrypt(params, key, plaintext)) };
}

export async function open(key: CryptoKey, sealed: Sealed, additionalData?: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  if (sealed.iv.length !== IV_BYTES) throw new DecryptionError();
  const params: AesGcmParams = additionalData ? { name: 'AES-GCM', iv: sealed.iv, additionalData } : { name: 'AES-GCM', iv: sealed.iv };
  try {
    return new Uint8Array(await crypto.subtle.decrypt(params, key, sealed.ciphertext));
  } catch {
    throw new DecryptionError();
  }
}
