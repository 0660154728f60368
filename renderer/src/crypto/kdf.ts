/**
 * Turns a passphrase into an AES-256-GCM key-wrapping key with PBKDF2-SHA256 through
 * Web Crypto. Chosen over Argon2id (see docs/security.md): it needs no WebAssembly, so
 * the CSP stays as it is, it runs on the browser's own crypto thread rather than ours,
 * and it is the same code in Node (tests, bench) and Chromium. The iteration count is
 * stored beside every salt, so it can be raised later without breaking old vaults.
 */

/** OWASP's 2023 floor for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;

export interface Pbkdf2Params {
  kdf: 'PBKDF2-SHA256';
  iterations: number;
  /** Base64 of SALT_BYTES random bytes. */
  salt: string;
}

/** Fresh parameters with a random salt. */
export function newPbkdf2Params(iterations: number = PBKDF2_ITERATIONS): Pbkdf2Params {
  return { kdf: 'PBKDF2-SHA256', iterations, salt: toBase64(randomBytes(SALT_BYTES)) };
}

/**
 * Derives a non-extractable AES-GCM key from a passphrase. The passphrase is normalised
 * to NFC so the same words typed on another keyboard layout give the same key.
 */
export async function deriveKeyFromPassphrase(passphrase: string, params: Pbkdf2Params, usages: KeyUsage[] = ['encrypt', 'decrypt']): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(params.salt), iterations: params.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    usages,
  );
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Decodes base64; throws on anything that is not base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
