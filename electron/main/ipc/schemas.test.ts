import { describe, expect, it } from 'vitest';
import { appVersionRequestSchema, MAX_FILE_BYTES, openFileRequestSchema, saveFileRequestSchema } from './schemas';

/** A Uint8Array that reports any size without allocating it. */
class SizedBytes extends Uint8Array {
  constructor(private readonly reportedLength: number) {
    super(0);
  }
  override get byteLength(): number {
    return this.reportedLength;
  }
}

const valid = { suggestedName: 'Review of agency responses', kind: 'docx', bytes: new Uint8Array([1, 2, 3]) };

describe('saveFileRequestSchema', () => {
  it('accepts a well-formed request', () => {
    expect(saveFileRequestSchema.safeParse(valid).success).toBe(true);
  });

  it('caps files at 512 MB', () => {
    expect(MAX_FILE_BYTES).toBe(512 * 1024 * 1024);
    expect(saveFileRequestSchema.safeParse({ ...valid, bytes: new SizedBytes(MAX_FILE_BYTES) }).success).toBe(true);
    expect(saveFileRequestSchema.safeParse({ ...valid, bytes: new SizedBytes(MAX_FILE_BYTES + 1) }).success).toBe(false);
  });

  it.each([
    ['an unknown key', { ...valid, path: '/etc/passwd' }],
    ['bytes as an array of numbers', { ...valid, bytes: [1, 2, 3] }],
    ['bytes as an ArrayBuffer', { ...valid, bytes: new ArrayBuffer(3) }],
    ['bytes as another typed array', { ...valid, bytes: new Uint16Array(3) }],
    ['bytes as a string', { ...valid, bytes: 'AQID' }],
    ['an unknown kind', { ...valid, kind: 'exe' }],
    ['a name over 200 characters', { ...valid, suggestedName: 'a'.repeat(201) }],
    ['a name that is not a string', { ...valid, suggestedName: 42 }],
    ['a missing name', { kind: 'docx', bytes: new Uint8Array() }],
    ['nothing at all', undefined],
  ])('refuses %s', (_case, request) => {
    expect(saveFileRequestSchema.safeParse(request).success).toBe(false);
  });

  it('accepts a name of exactly 200 characters', () => {
    expect(saveFileRequestSchema.safeParse({ ...valid, suggestedName: 'a'.repeat(200) }).success).toBe(true);
  });
});

describe('openFileRequestSchema', () => {
  it('accepts each kind', () => {
    for (const kind of ['review-file', 'encrypted-file', 'docx', 'xlsx', 'text']) expect(openFileRequestSchema.safeParse({ kind }).success).toBe(true);
  });

  it('refuses unknown keys and kinds', () => {
    expect(openFileRequestSchema.safeParse({ kind: 'docx', defaultPath: '/etc' }).success).toBe(false);
    expect(openFileRequestSchema.safeParse({ kind: 'pdf' }).success).toBe(false);
  });
});

describe('appVersionRequestSchema', () => {
  it('accepts no payload and nothing else', () => {
    expect(appVersionRequestSchema.safeParse(undefined).success).toBe(true);
    expect(appVersionRequestSchema.safeParse({}).success).toBe(false);
  });
});
