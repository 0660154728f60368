import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reviewFileJsonSchemaText } from './reviewFileJsonSchema.ts';

describe('docs/review-file.schema.json', () => {
  it('matches the zod schema (run `npm run schema` when this fails)', () => {
    const committed = readFileSync(new URL('../docs/review-file.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(reviewFileJsonSchemaText());
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
