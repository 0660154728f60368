/**
 * The recovery key: 256 random bits, shown once as 14 groups of 4 Crockford base32
 * characters. Its last 24 bits are a CRC-24 checksum of the key, so a typo (any one
 * wrong character, two swapped ones, a group typed twice) is caught here with a plain
 * message before any attempt is counted. Crockford's alphabet has no I, L, O or U, and
 * reading forgives them: I and L are read as 1, O as 0; case, spaces and dashes are ignored.
 */

export const RECOVERY_KEY_BYTES = 32;
const CHECKSUM_BYTES = 3;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** (32 + 3) bytes × 8 bits / 5 bits per character. */
export const RECOVERY_KEY_CHARS = ((RECOVERY_KEY_BYTES + CHECKSUM_BYTES) * 8) / 5;
const GROUP = 4;

/** A recovery key typed with a mistake the checksum or the alphabet catches. */
export class RecoveryKeyFormatError extends Error {
  override readonly name = 'RecoveryKeyFormatError';
}

/** CRC-24 as OpenPGP defines it (RFC 4880, section 6.1). */
function crc24(bytes: Uint8Array): number {
  let crc = 0xb704ce;
  for (const byte of bytes) {
    crc ^= byte << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

function withChecksum(key: Uint8Array): Uint8Array {
  const crc = crc24(key);
  const out = new Uint8Array(key.length + CHECKSUM_BYTES);
  out.set(key);
  out.set([(crc >> 16) & 0xff, (crc >> 8) & 0xff, crc & 0xff], key.length);
  return out;
}

function encode(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

/** Formats 32 key bytes for display: "ABCD-EFGH-…" (14 groups). */
export function formatRecoveryKey(key: Uint8Array): string {
  if (key.length !== RECOVERY_KEY_BYTES) throw new Error('A recovery key is 32 bytes.');
  const text = encode(withChecksum(key));
  return text.match(new RegExp(`.{1,${GROUP}}`, 'g'))!.join('-');
}

/** A fresh random recovery key, as bytes and as shown to the reviewer. */
export function newRecoveryKey(): { bytes: Uint8Array<ArrayBuffer>; text: string } {
  const bytes = crypto.getRandomValues(new Uint8Array(RECOVERY_KEY_BYTES));
  return { bytes, text: formatRecoveryKey(bytes) };
}

/** Reads a typed recovery key back to its 32 bytes, or throws a RecoveryKeyFormatError in plain words. */
export function parseRecoveryKey(typed: string): Uint8Array<ArrayBuffer> {
  const text = typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  const wrong = [...text].find((c) => !ALPHABET.includes(c));
  if (wrong !== undefined) throw new RecoveryKeyFormatError(`A recovery key has only letters and digits, and never the letter U; “${wrong}” is not one of them.`);
  if (text.length !== RECOVERY_KEY_CHARS) {
    throw new RecoveryKeyFormatError(`A recovery key has ${RECOVERY_KEY_CHARS} letters and digits (14 groups of 4); this one has ${text.length}.`);
  }
  const bytes = new Uint8Array(RECOVERY_KEY_BYTES + CHECKSUM_BYTES);
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const c of text) {
    value = (value << 5) | ALPHABET.indexOf(c);
    bits += 5;
    if (bits >= 8) {
      bytes[at++] = (value >> (bits - 8)) & 0xff;
      bits -= 8;
      value &= (1 << bits) - 1;
    }
  }
  const key = bytes.slice(0, RECOVERY_KEY_BYTES);
  const expected = withChecksum(key).subarray(RECOVERY_KEY_BYTES);
  if (!expected.every((b, i) => b === bytes[RECOVERY_KEY_BYTES + i])) {
    throw new RecoveryKeyFormatError('This recovery key has a typo: check each group against the copy you saved.');
  }
  return key;
}
