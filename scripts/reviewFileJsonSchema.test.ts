import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupFileJsonSchemaText, encryptedFileJsonSchemaText, PUBLISHED_SCHEMAS, reviewFileJsonSchemaText } from './reviewFileJsonSchema.ts';

describe('the published JSON Schemas', () => {
  it.each(PUBLISHED_SCHEMAS)('docs/%s matches its zod schema (run `npm run schema` when this fails)', (name, text) => {
    const committed = readFileSync(new URL(`../docs/${name}`, import.meta.url), 'utf8');
    expect(committed).toBe(text());
  });

  it('publishes the rules a reader needs: enums, patterns and required fields', () => {
    const schema = JSON.parse(reviewFileJsonSchemaText()) as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'review', 'excerpts']));
    const text = JSON.stringify(schema);
    expect(text).toContain('"OFFICIAL-SENSITIVE"');
    expect(text).toContain('^\\\\d{4}-\\\\d{2}-\\\\d{2}$');
    expect(text).toContain('"additionalProperties":false');
  });
});

describe('docs/encrypted-file.schema.json and docs/backup-file.schema.json', () => {
  it('publish the envelope\'s fixed names, the iteration bounds and the base64 lengths', () => {
    const text = encryptedFileJsonSchemaText();
    for (const expected of ['"local-review-encrypted"', '"PBKDF2-SHA256"', '"AES-256-GCM"', '"minimum": 600000', '"maximum": 10000000', '"contentEncoding": "base64"', '"minLength": 24']) {
      expect(text).toContain(expected);
    }
    expect(JSON.parse(text)).toMatchObject({ required: ['format', 'version', 'contents', 'kdf', 'cipher', 'ciphertext'], additionalProperties: false });
  });

  it('publish the backup as review files with optional registers of names', () => {
    const schema = JSON.parse(backupFileJsonSchemaText()) as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(['format', 'version', 'exportedAt', 'reviews']);
    expect(JSON.stringify(schema.properties.reviews)).toContain('"local-review-file"');
    expect(Object.keys(schema.properties)).toContain('nameRegisters');
  });
});
